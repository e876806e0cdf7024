import { atOnce, type Steps } from '../cooperative/steps';
import { INDICATORS, type FiguresWanted, type IndicatorId, type LabourClaimAmounts, type MeasureId, type PeriodMeasures } from '../indicators/indicator-catalog';
import type { PeriodFigures } from '../indicators/period-figures';
import { oneWayTables, type Table } from '../indicators/tabulate.domain';
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

const countsOf = (table: Pick<Table, 'cells'>): Counts => Object.fromEntries(table.cells.map((cell) => [cell.key[0] ?? '', cell.count]));

/** The figures the report of these indicators reads: their units, and what some show beside them. */
export function figuresWanted(indicators: readonly IndicatorId[]): FiguresWanted {
  const units = new Set<IndicatorId>(indicators);
  const measures = new Set<MeasureId>();
  if (units.has('services-delivered')) {
    units.add('people-receiving-services');
    measures.add('daysToFirstService');
  }
  if (units.has('labour-claims')) measures.add('labourClaimAmounts');
  return { indicators: [...units], measures: [...measures] };
}

function* entrySteps(id: IndicatorId, figures: PeriodFigures, partnerNames: Readonly<Record<string, string>>): Steps<IndicatorEntry> {
  const definition = INDICATORS[id];
  const units = figures.units[id];
  const tables = yield* oneWayTables(units, definition.dimensions);
  const breakdowns = Object.fromEntries(tables.map((table) => [table.dimensions[0] ?? '', countsOf(table)]));
  const entry: IndicatorEntry = { unit: definition.unit, description: definition.description, total: units.length, breakdowns };
  if (id === 'services-delivered') {
    const [byType] = yield* oneWayTables(figures.units['people-receiving-services'], ['serviceType']);
    entry.peopleByServiceType = countsOf(byType ?? { cells: [] });
    entry.daysToFirstService = { ...figures.measures.daysToFirstService };
  }
  if (id === 'referrals') {
    entry.partners = Object.entries(breakdowns['partner'] ?? {}).map(([partnerId, referrals]) => ({ partnerId, name: partnerNames[partnerId] ?? partnerId, referrals }));
  }
  if (id === 'labour-claims') entry.amounts = structuredClone(figures.measures.labourClaimAmounts);
  return entry;
}

export interface IndicatorReportInput {
  centre: string;
  period: IndicatorReport['period'];
  generatedAt: Date;
  /** At least those figuresWanted says for `indicators`. */
  figures: PeriodFigures;
  partnerNames: Readonly<Record<string, string>>;
  indicators: readonly IndicatorId[];
}

/** The in-centre report of the indicators asked for (in the catalog's order), as steps: exact counts, nothing suppressed. */
export function* indicatorReportSteps(input: IndicatorReportInput): Steps<IndicatorReport> {
  const wanted = new Set(input.indicators);
  const indicators: Partial<Record<IndicatorId, IndicatorEntry>> = {};
  for (const id of Object.keys(INDICATORS) as IndicatorId[]) if (wanted.has(id)) indicators[id] = yield* entrySteps(id, input.figures, input.partnerNames);
  return {
    centre: input.centre,
    period: input.period,
    generatedAt: input.generatedAt.toISOString(),
    suppression: IN_CENTRE_SUPPRESSION,
    indicators,
  };
}

/** indicatorReportSteps run through at once. */
export function indicatorReport(input: IndicatorReportInput): IndicatorReport {
  return atOnce(indicatorReportSteps(input));
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
