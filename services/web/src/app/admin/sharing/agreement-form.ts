import type { components, operations } from '../../api/generated/reporting';
import {
  breakdownKey,
  DETERMINES,
  INDICATOR_IDS,
  isIndicatorId,
  MAX_BREAKDOWNS,
  MAX_K,
  MAX_ROUND_TO,
  MEASURES,
  MIN_K,
  SAME_UNITS,
  SHAREABLE,
  type IndicatorId,
  type Measure,
  type PeriodKind,
} from './sharing-catalog';

/**
 * A sharing agreement as the coordinator fills it in, the body of `POST /sharing-agreements`, and
 * the service's rules checked beforehand (services/reporting/src/sharing-agreements): k of at least
 * 3, breakdowns that cannot give a withheld cell away, and the same terms as any agreement active
 * with another network (REPORTING.TERMS_DIFFER).
 */

export type SharingAgreement = components['schemas']['SharingAgreement'];
export type AgreementBody = operations['postSharingAgreements']['requestBody']['content']['application/json'];

export interface AgreementDraft {
  network: string;
  /** The indicators shared, each with the tables shared besides its total. */
  indicators: Partial<Record<IndicatorId, string[][]>>;
  measures: Measure[];
  /** YYYY-MM-DD, at the centre. */
  from: string;
  periodKind: PeriodKind;
  /** As typed. */
  k: string;
  /** As typed; empty for no rounding. */
  roundTo: string;
}

export function emptyDraft(today: string): AgreementDraft {
  return { network: '', indicators: {}, measures: [], from: today, periodKind: 'month', k: '5', roundTo: '' };
}

/**
 * A new agreement with the terms of an active one (with another network): a centre gives every
 * network the same figures, so this is where a second agreement starts.
 */
export function draftWithTermsOf(agreement: SharingAgreement, today: string): AgreementDraft {
  const indicators: AgreementDraft['indicators'] = {};
  for (const shared of agreement.indicators) {
    if (isIndicatorId(shared.indicator)) indicators[shared.indicator] = shared.breakdowns.map((breakdown) => [...breakdown]);
  }
  return {
    network: '',
    indicators,
    measures: [...agreement.measures],
    from: today,
    periodKind: agreement.periodKind,
    k: String(agreement.rule.k),
    roundTo: agreement.rule.roundTo === null ? '' : String(agreement.rule.roundTo),
  };
}

export function withIndicator(draft: AgreementDraft, indicator: IndicatorId, shared: boolean): AgreementDraft {
  const indicators = { ...draft.indicators };
  if (shared) indicators[indicator] = indicators[indicator] ?? [];
  else delete indicators[indicator];
  return { ...draft, indicators };
}

export function withBreakdown(draft: AgreementDraft, indicator: IndicatorId, breakdown: readonly string[], shared: boolean): AgreementDraft {
  const current = draft.indicators[indicator] ?? [];
  const key = breakdownKey(breakdown);
  const without = current.filter((existing) => breakdownKey(existing) !== key);
  return { ...draft, indicators: { ...draft.indicators, [indicator]: shared ? [...without, [...breakdown]] : without } };
}

export function hasBreakdown(draft: AgreementDraft, indicator: IndicatorId, breakdown: readonly string[]): boolean {
  const key = breakdownKey(breakdown);
  return (draft.indicators[indicator] ?? []).some((existing) => breakdownKey(existing) === key);
}

export function withMeasure(draft: AgreementDraft, measure: Measure, shared: boolean): AgreementDraft {
  const measures = MEASURES.filter((each) => (each === measure ? shared : draft.measures.includes(each)));
  return { ...draft, measures };
}

/** The indicators shared, in the catalog's order. */
export function sharedIndicators(draft: AgreementDraft): IndicatorId[] {
  return INDICATOR_IDS.filter((indicator) => draft.indicators[indicator] !== undefined);
}

const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

export function agreementBody(draft: AgreementDraft): AgreementBody {
  const roundTo = draft.roundTo.trim() === '' ? null : Number(draft.roundTo);
  return {
    network: draft.network.trim(),
    indicators: sharedIndicators(draft).map((indicator) => ({ indicator, breakdowns: (draft.indicators[indicator] ?? []).map((breakdown) => [...breakdown]) })),
    measures: [...draft.measures],
    from: draft.from,
    periodKind: draft.periodKind,
    k: Number(draft.k),
    roundTo,
  };
}

/** The figures an agreement shares, whatever the order it lists them in (reporting's sharedFiguresKey): its tables, measures, period kind and rule, not its start. */
export function sharedFiguresKey(terms: { indicators: ReadonlyArray<{ indicator: string; breakdowns?: ReadonlyArray<readonly string[]> }>; measures?: readonly string[]; periodKind: string; k?: number; roundTo?: number | null }): string {
  const indicators = terms.indicators.map((shared) => `${shared.indicator}:${[...new Set((shared.breakdowns ?? []).map(breakdownKey))].sort().join('|')}`).sort();
  return JSON.stringify({ indicators, measures: [...(terms.measures ?? [])].sort(), periodKind: terms.periodKind, k: terms.k ?? 5, roundTo: terms.roundTo ?? null });
}

/** What is wrong with a field, as a key of the admin namespace's `sharing.errors`. */
export const AGREEMENT_ERRORS = {
  networkRequired: 'sharing.errors.networkRequired',
  networkFormat: 'sharing.errors.networkFormat',
  activeWithNetwork: 'sharing.errors.activeWithNetwork',
  indicatorsRequired: 'sharing.errors.indicatorsRequired',
  tooManyBreakdowns: 'sharing.errors.tooManyBreakdowns',
  determinedApart: 'sharing.errors.determinedApart',
  sameUnits: 'sharing.errors.sameUnits',
  fromRequired: 'sharing.errors.fromRequired',
  fromRange: 'sharing.errors.fromRange',
  kRange: 'sharing.errors.kRange',
  roundToRange: 'sharing.errors.roundToRange',
  termsDiffer: 'sharing.errors.termsDiffer',
} as const;
export type AgreementError = (typeof AGREEMENT_ERRORS)[keyof typeof AGREEMENT_ERRORS];

const NETWORK_ID = /^[a-z][a-z0-9-]{1,39}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The days an agreement may start on, as the service allows them: from 2000-01-01 to the same day a year from today. */
export function startDays(today: string): { first: string; last: string } {
  return { first: '2000-01-01', last: `${String(Number(today.slice(0, 4)) + 1).padStart(4, '0')}${today.slice(4)}` };
}

export interface AgreementContext {
  /** Today at the centre (YYYY-MM-DD). */
  today: string;
  /** The centre's active agreements, with every network. */
  active: readonly SharingAgreement[];
}

/**
 * The draft's mistakes by field (`network`, `indicators`, `indicator.<id>`, `from`, `k`, `roundTo`,
 * `terms`): empty when it can be sent.
 */
export function agreementErrors(draft: AgreementDraft, context: AgreementContext): Record<string, AgreementError> {
  const errors: Record<string, AgreementError> = {};
  const network = draft.network.trim();
  if (network === '') errors['network'] = AGREEMENT_ERRORS.networkRequired;
  else if (!NETWORK_ID.test(network)) errors['network'] = AGREEMENT_ERRORS.networkFormat;
  else if (context.active.some((agreement) => agreement.network === network)) errors['network'] = AGREEMENT_ERRORS.activeWithNetwork;

  const shared = sharedIndicators(draft);
  if (shared.length === 0) errors['indicators'] = AGREEMENT_ERRORS.indicatorsRequired;
  for (const indicator of shared) {
    const breakdowns = draft.indicators[indicator] ?? [];
    if (breakdowns.length > MAX_BREAKDOWNS) errors[`indicator.${indicator}`] = AGREEMENT_ERRORS.tooManyBreakdowns;
    for (const [determining, determined] of Object.entries(DETERMINES[indicator] ?? {})) {
      if (!breakdowns.some((breakdown) => breakdown.includes(determining))) continue;
      if (breakdowns.some((breakdown) => !breakdown.includes(determining) && breakdown.some((dimension) => determined.includes(dimension)))) {
        errors[`indicator.${indicator}`] = AGREEMENT_ERRORS.determinedApart;
      }
    }
  }
  for (const [one, other] of SAME_UNITS) {
    if (shared.includes(one) && shared.includes(other)) errors['indicators'] = AGREEMENT_ERRORS.sameUnits;
  }

  const { first, last } = startDays(context.today);
  if (!DAY.test(draft.from)) errors['from'] = AGREEMENT_ERRORS.fromRequired;
  else if (draft.from < first || draft.from > last) errors['from'] = AGREEMENT_ERRORS.fromRange;

  const k = wholeNumber(draft.k);
  if (k === null || k < MIN_K || k > MAX_K) errors['k'] = AGREEMENT_ERRORS.kRange;
  if (draft.roundTo.trim() !== '') {
    const roundTo = wholeNumber(draft.roundTo);
    if (roundTo === null || roundTo < 2 || roundTo > MAX_ROUND_TO) errors['roundTo'] = AGREEMENT_ERRORS.roundToRange;
  }

  if (Object.keys(errors).length === 0) {
    const body = agreementBody(draft);
    const key = sharedFiguresKey(body);
    if (context.active.some((agreement) => agreement.network !== network && sharedFiguresKey({ ...agreement, ...agreement.rule }) !== key)) errors['terms'] = AGREEMENT_ERRORS.termsDiffer;
  }
  return errors;
}

/**
 * Where the service's field error belongs on the form: `indicators.2.breakdowns.0` is about the
 * third indicator of the body sent, shown next to that indicator.
 */
export function formFieldOf(apiField: string, body: AgreementBody): string {
  const match = /^indicators\.(\d+)(?:\.|$)/.exec(apiField);
  if (!match) return apiField.split('.')[0] ?? apiField;
  const shared = body.indicators[Number(match[1])];
  return shared && isIndicatorId(shared.indicator) ? `indicator.${shared.indicator}` : 'indicators';
}

/** Whether the indicator's catalog offers this dimension (for showing an agreement recorded under another catalog). */
export function isShareable(indicator: string, dimension: string): boolean {
  return isIndicatorId(indicator) && (SHAREABLE[indicator] as readonly string[]).includes(dimension);
}
