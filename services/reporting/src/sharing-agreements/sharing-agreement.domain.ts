import { addDays, dayIn, DomainError, type CalendarDay, type SharedMeasure } from '@corredor/contracts';
import { INDICATORS, isIndicator, type IndicatorId } from '../indicators/indicator-catalog';
import { fixedPeriodOf, nextFixedPeriod, parseFixedPeriod, type FixedPeriod, type FixedPeriodKind } from '../periods/report-period.domain';

/** k when the agreement does not say; never below MIN_K (a count of 1 or 2 can name a person). */
export const DEFAULT_K = 5;
export const MIN_K = 3;

/** An indicator shared with a network, with the tables (one or two dimensions each) shared besides its total. */
export interface SharedIndicator {
  indicator: IndicatorId;
  breakdowns: ReadonlyArray<readonly string[]>;
}

/** What a centre agrees to share with one network. */
export interface SharingTerms {
  indicators: readonly SharedIndicator[];
  measures: readonly SharedMeasure[];
  /** The day it applies from, at the centre. */
  from: CalendarDay;
  /** The one kind of fixed period shared. */
  periodKind: FixedPeriodKind;
  k: number;
  roundTo: number | null;
}

export type AgreementStatus = 'active' | 'revoked';
export type AgreementAction = 'revoke';

/** The lifecycle, in one table: an agreement is active until revoked, and a revoked one stays so. */
const TRANSITIONS: Record<AgreementStatus, Partial<Record<AgreementAction, AgreementStatus>>> = {
  active: { revoke: 'revoked' },
  revoked: {},
};

export interface SharingAgreement {
  id: string;
  centre: string;
  network: string;
  terms: SharingTerms;
  /** The first period shared (its label): the first whole one of its kind from `terms.from` that no earlier agreement shared. */
  firstPeriod: string;
  status: AgreementStatus;
  agreedAt: Date;
  agreedBy: string;
  revokedAt: Date | null;
  revokedBy: string | null;
  /** A revoked agreement with nothing left to publish: the publisher no longer looks at it. */
  settled: boolean;
  version: number;
}

/**
 * Dimensions whose category fixes another's: a risk flag belongs to one screen and has one level.
 * Suppression treats the tables of an indicator as linked only through their shared margins, so a
 * table by screen beside a table by flag would give a withheld flag by subtraction (screen total
 * minus its other flags). Where the determining dimension is shared, every table of a dimension it
 * determines must hold it too (screen × flag): then the link is inside one table, where suppression sees it.
 */
const DETERMINES: Partial<Record<IndicatorId, Readonly<Record<string, readonly string[]>>>> = {
  'risk-flags': { flag: ['screen', 'level'] },
};

/**
 * Indicators whose figures are one another's: interpretation counts the services of type
 * interpretation, so its total is a cell of services-delivered, protected separately; sharing
 * both would let that cell stand in for a withheld one.
 */
const SAME_UNITS: ReadonlyArray<readonly [IndicatorId, IndicatorId]> = [['interpretation', 'services-delivered']];

/**
 * Each dimension of each breakdown must be one the indicator may share, without a table that lets a
 * withheld cell be worked out from another (DETERMINES, SAME_UNITS); unknown indicators are refused
 * by the code, never echoed.
 */
export function checkTerms(terms: Pick<SharingTerms, 'indicators'>): void {
  for (const shared of terms.indicators) {
    if (!isIndicator(shared.indicator)) throw new DomainError('REPORTING.UNKNOWN_INDICATOR', 'validation', 'An indicator is not one the reporting catalog knows.');
    const shareable: readonly string[] = INDICATORS[shared.indicator].shareable;
    for (const breakdown of shared.breakdowns) {
      if (!breakdown.every((dimension) => shareable.includes(dimension))) {
        throw new DomainError('REPORTING.DIMENSION_NOT_SHAREABLE', 'validation', `A breakdown of ${shared.indicator} uses a dimension it may not share (shareable: ${shareable.join(', ')}).`);
      }
    }
    for (const [determining, determined] of Object.entries(DETERMINES[shared.indicator] ?? {})) {
      if (!shared.breakdowns.some((breakdown) => breakdown.includes(determining))) continue;
      const apart = shared.breakdowns.find((breakdown) => !breakdown.includes(determining) && breakdown.some((dimension) => determined.includes(dimension)));
      if (apart) {
        throw new DomainError(
          'REPORTING.BREAKDOWNS_DISCLOSIVE',
          'validation',
          `${shared.indicator}: ${determining} fixes ${determined.join(' and ')}, so a table by ${apart.join(' × ')} beside one by ${determining} would give withheld cells away; share ${determined.map((d) => `${d} × ${determining}`).join(' or ')} instead.`,
        );
      }
    }
  }
  const indicators = new Set(terms.indicators.map((shared) => shared.indicator));
  for (const [one, other] of SAME_UNITS) {
    if (indicators.has(one) && indicators.has(other)) {
      throw new DomainError('REPORTING.BREAKDOWNS_DISCLOSIVE', 'validation', `${one} counts units that ${other} counts too, protected apart: share one of them, not both.`);
    }
  }
}

/** The figures an agreement shares, whatever the order it lists them in: its tables, measures, period kind and rule (not its start). */
export function sharedFiguresKey(terms: Omit<SharingTerms, 'from'>): string {
  const indicators = [...terms.indicators]
    .map((shared) => `${shared.indicator}:${[...new Set(shared.breakdowns.map(breakdownKey))].sort().join('|')}`)
    .sort();
  return JSON.stringify({ indicators, measures: [...terms.measures].sort(), periodKind: terms.periodKind, k: terms.k, roundTo: terms.roundTo });
}

/** The same table whatever the order of its dimensions: `sex × ageBand` is `ageBand × sex`. */
export const breakdownKey = (breakdown: readonly string[]): string => [...breakdown].sort().join('×');

/** What the agreement's status becomes, or null when the action is not open to it. */
export function transition(status: AgreementStatus, action: AgreementAction): AgreementStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

export function revoke(agreement: SharingAgreement, by: string, at: Date): SharingAgreement {
  const status = transition(agreement.status, 'revoke');
  if (!status) throw new DomainError('REPORTING.AGREEMENT_REVOKED', 'conflict', 'This agreement is already revoked.');
  return { ...agreement, status, revokedAt: at, revokedBy: by };
}

/** The first whole period of the kind that starts on or after the day. */
export function firstPeriodFrom(kind: FixedPeriodKind, day: CalendarDay): FixedPeriod {
  const holding = fixedPeriodOf(kind, day);
  return holding.from === day ? holding : nextFixedPeriod(holding);
}

/**
 * The last day a revoked agreement may publish figures for: the periods that ended before the day
 * it was revoked (at the centre), and none after; null when that is none at all.
 */
export function lastShareableDay(agreement: Pick<SharingAgreement, 'terms' | 'firstPeriod'> & { revokedAt: Date }, timeZone: string): CalendarDay | null {
  const last = addDays(fixedPeriodOf(agreement.terms.periodKind, dayIn(agreement.revokedAt, timeZone)).from, -1);
  const first = firstPeriodOfAgreement(agreement);
  return first && last >= first.from ? last : null;
}

/** The agreement's first period. */
export function firstPeriodOfAgreement(agreement: Pick<SharingAgreement, 'firstPeriod'>): FixedPeriod | null {
  return parseFixedPeriod(agreement.firstPeriod);
}

/**
 * Whether the agreement publishes this period: from its first period on, and, once revoked, only
 * periods that ended before the day of the revocation at the centre ("revoking stops it from the
 * next period on").
 */
export function covers(agreement: Pick<SharingAgreement, 'terms' | 'firstPeriod' | 'revokedAt'>, period: FixedPeriod, timeZone: string): boolean {
  const first = firstPeriodOfAgreement(agreement);
  if (!first || period.kind !== agreement.terms.periodKind || period.from < first.from) return false;
  return agreement.revokedAt === null || period.to < dayIn(agreement.revokedAt, timeZone);
}

/**
 * The first period a new agreement shares: the first whole period of its kind from its `from`,
 * after every day an earlier agreement of the centre, with any network, shared or may still share
 * (pass an agreement still active elsewhere as revoked now: periods that have ended may be
 * published already). Periods never overlap across agreements: a quarter published after two of
 * its months were would give the third month by subtraction, suppressed cells included, and the
 * same month computed twice (a late record, a withdrawn consent between) differs by one person.
 */
export function firstPeriodAfter(terms: Pick<SharingTerms, 'from' | 'periodKind'>, earlier: ReadonlyArray<Pick<SharingAgreement, 'terms' | 'firstPeriod' | 'revokedAt'>>, timeZone: string): FixedPeriod {
  let start = terms.from;
  for (const { revokedAt, ...agreement } of earlier) {
    // An earlier agreement still active cannot be: one active agreement per centre and network.
    const last = revokedAt ? lastShareableDay({ ...agreement, revokedAt }, timeZone) : null;
    if (last !== null && last >= start) start = addDays(last, 1);
  }
  return firstPeriodFrom(terms.periodKind, start);
}
