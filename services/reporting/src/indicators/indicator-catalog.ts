/**
 * What the reporting service counts, in one table: each indicator counts units of one kind (people,
 * cases, services...) and can be broken down by the dimensions listed. A unit has one value per
 * dimension, except in multi-valued dimensions (a person speaking two languages counts in both), whose
 * categories do not add up to the indicator's total. `shareable` says which dimensions may leave the
 * centre under a sharing agreement (a partner organisation's identity, for one, stays inside).
 */
export const INDICATORS = {
  'people-served': {
    unit: 'person',
    description:
      'People served in the period, each once: anyone with a case opened, a returning intake attached or a service delivered in it. ' +
      '`contact` is new when their first case at the centre opened in the period and was not a returning person\'s, else returning; ' +
      'their other categories are those of their latest case opened by the end of the period, their migratory situation that of their latest intake by then (not-recorded when it was not)',
    dimensions: ['contact', 'sex', 'ageBand', 'nationality', 'language', 'migratoryStatus'],
    multiValued: ['language'],
    shareable: ['contact', 'sex', 'ageBand', 'nationality', 'language', 'migratoryStatus'],
  },
  'cases-opened': {
    unit: 'case',
    description: 'Cases opened in the period, by priority at opening',
    dimensions: ['priority'],
    multiValued: [],
    shareable: ['priority'],
  },
  'cases-active': {
    unit: 'case',
    description: 'Cases not closed at some time in the period, by their status at its end',
    dimensions: ['status'],
    multiValued: [],
    shareable: ['status'],
  },
  'cases-closed': {
    unit: 'closure',
    description: 'Case closures in the period, by outcome (a case closed, reopened and closed again counts twice)',
    dimensions: ['outcome'],
    multiValued: [],
    shareable: ['outcome'],
  },
  'services-delivered': {
    unit: 'service',
    description: 'Services delivered in the period (voided entries excluded), by type',
    dimensions: ['serviceType'],
    multiValued: [],
    shareable: ['serviceType'],
  },
  'people-receiving-services': {
    unit: 'person',
    description: 'People who received at least one service in the period, by the types they received',
    dimensions: ['serviceType'],
    multiValued: ['serviceType'],
    shareable: ['serviceType'],
  },
  interpretation: {
    unit: 'service',
    description: 'Interpretation services delivered in the period (voided entries excluded), by language (not-recorded when none was)',
    dimensions: ['language'],
    multiValued: [],
    shareable: ['language'],
  },
  referrals: {
    unit: 'referral',
    description: 'Referrals made in the period, by need, partner and what came of them so far (their current status, as the referral service reports it)',
    dimensions: ['need', 'partner', 'referralStatus'],
    multiValued: [],
    shareable: ['need', 'referralStatus'],
  },
  'labour-claims': {
    unit: 'claim',
    description:
      'Labour-justice claims with a step recorded in the period, by type, authority and status as they stood at its end; ' +
      'beside them, per currency, the amounts claimed, agreed, awarded and received as they stood at its end. ' +
      'A network sharing the amounts is sent instead what the period added: amounts claimed, agreed and awarded first recorded in it, and what was received in it, ' +
      'each sum withheld unless enough claims added to it and no one claim makes up most of it',
    dimensions: ['claimType', 'authority', 'claimStatus'],
    multiValued: [],
    shareable: ['claimType', 'authority', 'claimStatus'],
  },
  'risk-flags': {
    unit: 'flag',
    description: 'Protection risk flags raised in the period (at intake or at a returning person\'s interview), by screen, level and indicator',
    dimensions: ['screen', 'level', 'flag'],
    multiValued: [],
    shareable: ['screen', 'level', 'flag'],
  },
} as const satisfies Record<string, IndicatorDefinition>;

export interface IndicatorDefinition {
  unit: string;
  description: string;
  dimensions: readonly string[];
  multiValued: readonly string[];
  shareable: readonly string[];
}

export type IndicatorId = keyof typeof INDICATORS;
export const INDICATOR_IDS = Object.keys(INDICATORS) as IndicatorId[];
export type DimensionOf<I extends IndicatorId> = (typeof INDICATORS)[I]['dimensions'][number];
export type Dimension = { [I in IndicatorId]: DimensionOf<I> }[IndicatorId];

/**
 * One counted unit: its category in each dimension of its indicator (several in a multi-valued
 * one). Units carry categories only, never ids: nothing here can name a case or a person.
 */
export type Unit = Readonly<Record<string, string | readonly string[]>>;

/** Every indicator's units for one centre and period: what tables (in-centre or shared) are counted from. */
export type IndicatorUnits = { readonly [I in IndicatorId]: readonly Unit[] };

/**
 * Money and durations are not counts, so they are reported beside the tables. Amounts are decimal
 * strings per ISO 4217 currency (no float rounding on what a person is owed).
 */
export const CLAIM_AMOUNT_FIELDS = ['claimed', 'agreed', 'awarded', 'received'] as const;
export type ClaimAmountField = (typeof CLAIM_AMOUNT_FIELDS)[number];

/**
 * The in-centre report's amounts (a stock): over the claims counted by `labour-claims` (those with a
 * step in the period), each claim's amounts as they stood at the period's end, an unknown one as
 * nothing. `claims` is how many claims the sums are over. A claim open for months is in each month's sums.
 */
export interface LabourClaimAmounts {
  claims: number;
  claimed: string;
  agreed: string;
  awarded: string;
  received: string;
}

/** One amount's flow in a period: its sum, how many claims added something to it, and the most any one of them added. */
export interface AmountFlow {
  sum: string;
  claims: number;
  largest: string;
}

/**
 * What a network may be sent of the amounts (a flow): what each claim added in the period, so that
 * each amount counts in one period only and consecutive periods have no claim in common to subtract.
 * A claim's steps (case.labour-claim-changed) carry its amounts as staff recorded them then, and no
 * date of a filing, settlement or payment, so the period an amount falls in is when it was recorded:
 * - `claimed`, `agreed`, `awarded`: claims whose amount was first recorded in the period (not known
 *   when it began, the claim new or the amount blank until then), at its value at the period's end;
 *   a later correction is not counted again. A claim is normally recorded with its amount claimed, so
 *   `claimed` is mostly over the claims recorded in the period; `agreed` and `awarded` are over the
 *   settlements and judgments recorded in it.
 * - `received`: what the amount received grew by in the period (its value at the end less its value
 *   at the start), as staff recorded payments; a correction downwards counts as nothing.
 * An amount cleared and recorded anew in a later period counts again then: the steps before a period
 * are known only through the claim's latest one.
 */
export type LabourClaimFlows = Readonly<Record<ClaimAmountField, AmountFlow>>;

export interface PeriodMeasures {
  /** Per currency, over the claims counted by `labour-claims` (the in-centre report's). */
  labourClaimAmounts: Readonly<Record<string, LabourClaimAmounts>>;
  /** Per currency, over the claims with a step in the period (what a network may be sent, protected). */
  labourClaimFlows: Readonly<Record<string, LabourClaimFlows>>;
  /** Over the cases whose first service was delivered in the period; null median when there is none. */
  daysToFirstService: { cases: number; median: number | null };
}

export type MeasureId = keyof PeriodMeasures;
export const MEASURE_IDS = ['labourClaimAmounts', 'labourClaimFlows', 'daysToFirstService'] as const satisfies readonly MeasureId[];

/**
 * The figures a report reads: only these are computed, so that a report of one indicator (people
 * served, an agreement's few) does not pay for the others.
 */
export interface FiguresWanted<I extends IndicatorId = IndicatorId, M extends MeasureId = MeasureId> {
  indicators: readonly I[];
  measures: readonly M[];
}

export const ALL_FIGURES: FiguresWanted = { indicators: INDICATOR_IDS, measures: MEASURE_IDS };

export function isIndicator(id: string): id is IndicatorId {
  return Object.hasOwn(INDICATORS, id);
}

export function dimensionsOf(indicator: IndicatorId): readonly string[] {
  return INDICATORS[indicator].dimensions;
}
