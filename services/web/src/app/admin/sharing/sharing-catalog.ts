/**
 * What a centre may share with a network: each indicator of the reporting catalog with the
 * dimensions it may share (services/reporting/src/indicators/indicator-catalog.ts, `shareable`),
 * and the measures shared beside the tables. The reporting API does not serve this catalog yet, so
 * it is written out here; the service refuses anything else (REPORTING.UNKNOWN_INDICATOR,
 * REPORTING.DIMENSION_NOT_SHAREABLE), so a stale copy shows as a refusal, never as a leak.
 */
export const SHAREABLE = {
  'people-served': ['contact', 'sex', 'ageBand', 'nationality', 'language', 'migratoryStatus'],
  'cases-opened': ['priority'],
  'cases-active': ['status'],
  'cases-closed': ['outcome'],
  'services-delivered': ['serviceType'],
  'people-receiving-services': ['serviceType'],
  interpretation: ['language'],
  referrals: ['need', 'referralStatus'],
  'labour-claims': ['claimType', 'authority', 'claimStatus'],
  'risk-flags': ['screen', 'level', 'flag'],
} as const satisfies Record<string, readonly string[]>;

export type IndicatorId = keyof typeof SHAREABLE;
export type Dimension = (typeof SHAREABLE)[IndicatorId][number];
export const INDICATOR_IDS = Object.keys(SHAREABLE) as IndicatorId[];

export const MEASURES = ['labour-claim-amounts', 'days-to-first-service'] as const;
export type Measure = (typeof MEASURES)[number];

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const MIN_K = 3;
export const DEFAULT_K = 5;
export const MAX_K = 100;
export const MAX_ROUND_TO = 100;
export const MAX_BREAKDOWNS = 20;

export function isIndicatorId(id: string): id is IndicatorId {
  return Object.hasOwn(SHAREABLE, id);
}

/**
 * Dimensions whose category fixes another's (a risk flag belongs to one screen and has one level):
 * a table by the determined dimension beside one by the determining one would give a withheld
 * cell away by subtraction (reporting's DETERMINES).
 */
export const DETERMINES: Partial<Record<IndicatorId, Readonly<Record<string, readonly string[]>>>> = {
  'risk-flags': { flag: ['screen', 'level'] },
};

/** Indicators that count the same units, protected apart: never both (reporting's SAME_UNITS). */
export const SAME_UNITS: ReadonlyArray<readonly [IndicatorId, IndicatorId]> = [['interpretation', 'services-delivered']];

/** Every table an indicator may share besides its total: each dimension alone, then each pair crossed, in the catalog's order. */
export function breakdownChoices(indicator: IndicatorId): string[][] {
  const dimensions: readonly string[] = SHAREABLE[indicator];
  const pairs = dimensions.flatMap((first, index) => dimensions.slice(index + 1).map((second) => [first, second]));
  return [...dimensions.map((dimension) => [dimension]), ...pairs];
}

/** The same table whatever the order of its dimensions: `sex × ageBand` is `ageBand × sex`. */
export const breakdownKey = (breakdown: readonly string[]): string => [...breakdown].sort().join('×');
