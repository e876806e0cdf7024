import { INDICATORS, type IndicatorId, type LabourClaimAmounts, type PeriodMeasures } from '../indicators/indicator-catalog';
import type { PeriodFigures } from '../indicators/period-figures';
import { tabulate } from '../indicators/tabulate.domain';
import type { PeriodKind } from '../periods/report-period.domain';

/** What the in-centre report says of the suppression applied: none, since it never leaves the centre. */
export const IN_CENTRE_SUPPRESSION = 'none: exact figures, for use inside the centre';

export type Counts = Record<string, number>;

export interface IndicatorEntry {
  unit: string;
  description: string;
  total: number;
  /** Per dimension, the count of each category met (one-way tables). */
  breakdowns: Record<string, Counts>;
  /** services-delivered: to how many people, per type. */
  peopleByServiceType?: Counts;
  /** services-delivered: days from intake to first service. */
  daysToFirstService?: PeriodMeasures['daysToFirstService'];
  /** referrals: each partner with its name and how many referrals. */
  partners?: Array<{ partnerId: string; name: string; referrals: number }>;
  /** labour-claims: amounts per currency, as they stood at the period's end. */
  amounts?: Record<string, LabourClaimAmounts>;
}

export interface IndicatorReport {
  centre: string;
  period: { kind: PeriodKind; label: string; from: string; to: string; timeZone: string };
  generatedAt: string;
  suppression: typeof IN_CENTRE_SUPPRESSION;
  indicators: Partial<Record<IndicatorId, IndicatorEntry>>;
}

const countsOf = (cells: ReadonlyArray<{ key: readonly string[]; count: number }>): Counts =>
  Object.fromEntries(cells.map((cell) => [cell.key[0] ?? '', cell.count]));

function entryOf(id: IndicatorId, figures: PeriodFigures, partnerNames: Readonly<Record<string, string>>): IndicatorEntry {
  const definition = INDICATORS[id];
  const units = figures.units[id];
  const breakdowns = Object.fromEntries(definition.dimensions.map((dimension) => [dimension, countsOf(tabulate(units, [dimension]).cells)]));
  const entry: IndicatorEntry = { unit: definition.unit, description: definition.description, total: units.length, breakdowns };
  if (id === 'services-delivered') {
    entry.peopleByServiceType = countsOf(tabulate(figures.units['people-receiving-services'], ['serviceType']).cells);
    entry.daysToFirstService = { ...figures.measures.daysToFirstService };
  }
  if (id === 'referrals') {
    entry.partners = Object.entries(breakdowns['partner'] ?? {}).map(([partnerId, referrals]) => ({ partnerId, name: partnerNames[partnerId] ?? partnerId, referrals }));
  }
  if (id === 'labour-claims') entry.amounts = structuredClone(figures.measures.labourClaimAmounts);
  return entry;
}

/** The in-centre report of the indicators asked for (in the catalog's order): exact counts, nothing suppressed. */
export function indicatorReport(input: {
  centre: string;
  period: IndicatorReport['period'];
  generatedAt: Date;
  figures: PeriodFigures;
  partnerNames: Readonly<Record<string, string>>;
  indicators: readonly IndicatorId[];
}): IndicatorReport {
  const wanted = new Set(input.indicators);
  const ids = (Object.keys(INDICATORS) as IndicatorId[]).filter((id) => wanted.has(id));
  return {
    centre: input.centre,
    period: input.period,
    generatedAt: input.generatedAt.toISOString(),
    suppression: IN_CENTRE_SUPPRESSION,
    indicators: Object.fromEntries(ids.map((id) => [id, entryOf(id, input.figures, input.partnerNames)])),
  };
}

/**
 * The report as rows (indicator, dimension, category, value) for the CSV export: the total, each
 * breakdown (a partner by its name), and the measures beside them.
 */
export function reportRows(report: IndicatorReport): Array<[string, string, string, string]> {
  const rows: Array<[string, string, string, string]> = [];
  for (const [id, entry] of Object.entries(report.indicators)) {
    rows.push([id, 'total', '', String(entry.total)]);
    const names = new Map((entry.partners ?? []).map((partner) => [partner.partnerId, partner.name]));
    for (const [dimension, counts] of Object.entries(entry.breakdowns)) {
      for (const [category, count] of Object.entries(counts)) rows.push([id, dimension, dimension === 'partner' ? (names.get(category) ?? category) : category, String(count)]);
    }
    for (const [type, people] of Object.entries(entry.peopleByServiceType ?? {})) rows.push([id, 'people by serviceType', type, String(people)]);
    if (entry.daysToFirstService) {
      rows.push([id, 'days to first service', 'cases', String(entry.daysToFirstService.cases)]);
      rows.push([id, 'days to first service', 'median', entry.daysToFirstService.median === null ? '' : String(entry.daysToFirstService.median)]);
    }
    for (const [currency, amounts] of Object.entries(entry.amounts ?? {})) {
      rows.push([id, 'claims with amounts', currency, String(amounts.claims)]);
      rows.push([id, 'amount claimed', currency, amounts.claimed]);
      rows.push([id, 'amount agreed', currency, amounts.agreed]);
      rows.push([id, 'amount awarded', currency, amounts.awarded]);
      rows.push([id, 'amount received', currency, amounts.received]);
    }
  }
  return rows;
}
