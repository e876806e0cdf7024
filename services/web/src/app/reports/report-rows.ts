import type { components } from '../api/generated/reporting';
import { categoryOrder, CLAIM_AMOUNT_FIELDS, INDICATOR_IDS, MULTI_VALUED, UNIT_LABEL, type ClaimAmountField, type IndicatorId, type Unit } from './report-labels';

export type IndicatorReport = components['schemas']['IndicatorReport'];
export type IndicatorEntry = components['schemas']['IndicatorEntry'];

/**
 * A figure as shown: a count, or null when it was withheld by small-cell suppression (network
 * figures). A withheld figure is shown as such, never as zero, and draws no bar.
 */
export type Figure = number | null;

export interface CategoryRow {
  category: string;
  value: Figure;
  /** A name the report gives the category itself (a partner organisation's). */
  name?: string;
}

export interface Breakdown {
  dimension: string;
  rows: CategoryRow[];
  /** A unit may have several of its categories (a person's languages): they add up to more than the total. */
  multiValued: boolean;
}

export interface AmountRow {
  currency: string;
  claims: number;
  amounts: Record<ClaimAmountField, string>;
}

/** One indicator of the centre's report, as its section shows it. */
export interface IndicatorSection {
  id: IndicatorId;
  unit: Unit | null;
  total: number;
  breakdowns: Breakdown[];
  /** services-delivered: the median days from intake to first service, over how many cases. */
  daysToFirstService?: { cases: number; median: number | null };
  /** labour-claims: the sums per currency. */
  amounts?: AmountRow[];
}

const isUnit = (unit: string): unit is Unit => Object.hasOwn(UNIT_LABEL, unit);

/**
 * A dimension's rows in the order a reader expects: its listed codes in their own order (sex,
 * age bands, statuses...), then the others (countries, languages, partners) by count, largest first,
 * withheld ones last, then by code; a dimension's "unknown" or "not recorded" at the very end.
 */
export function sortRows(dimension: string, rows: readonly CategoryRow[]): CategoryRow[] {
  const weight = (value: Figure) => (value === null ? -1 : value);
  return [...rows].sort((a, b) => {
    const [groupA, rankA] = categoryOrder(dimension, a.category);
    const [groupB, rankB] = categoryOrder(dimension, b.category);
    if (groupA !== groupB) return groupA - groupB;
    if (rankA !== rankB) return rankA - rankB;
    const byCount = weight(b.value) - weight(a.value);
    if (byCount !== 0) return byCount;
    const nameA = a.name ?? a.category;
    const nameB = b.name ?? b.category;
    return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
  });
}

/** A breakdown's counts as rows, partners named by the report. */
export function breakdownRows(dimension: string, counts: Readonly<Record<string, Figure>>, names: ReadonlyMap<string, string> = new Map()): CategoryRow[] {
  return sortRows(
    dimension,
    Object.entries(counts).map(([category, value]) => {
      const name = names.get(category);
      return name === undefined ? { category, value } : { category, value, name };
    }),
  );
}

/** The report's indicators in the catalog's order, each with its breakdowns and the figures beside them. */
export function indicatorSections(report: IndicatorReport): IndicatorSection[] {
  const sections: IndicatorSection[] = [];
  for (const id of INDICATOR_IDS) {
    const entry = report.indicators[id];
    if (!entry) continue;
    const names = new Map((entry.partners ?? []).map((partner) => [partner.partnerId, partner.name]));
    const multi: readonly string[] = MULTI_VALUED[id] ?? [];
    const section: IndicatorSection = {
      id,
      unit: isUnit(entry.unit) ? entry.unit : null,
      total: entry.total,
      breakdowns: Object.entries(entry.breakdowns).map(([dimension, counts]) => ({
        dimension,
        rows: breakdownRows(dimension, counts, dimension === 'partner' ? names : undefined),
        multiValued: multi.includes(dimension),
      })),
    };
    if (entry.daysToFirstService) section.daysToFirstService = { ...entry.daysToFirstService };
    if (entry.amounts) {
      section.amounts = Object.entries(entry.amounts)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([currency, sums]) => ({
          currency,
          claims: sums.claims,
          amounts: Object.fromEntries(CLAIM_AMOUNT_FIELDS.map((field) => [field, sums[field]])) as Record<ClaimAmountField, string>,
        }));
    }
    sections.push(section);
  }
  return sections;
}

/** A chart's bars: the rows with a figure (a zero draws an empty bar), and the categories withheld, which draw none. */
export interface ChartData {
  bars: Array<{ category: string; value: number }>;
  suppressed: string[];
}

export function chartData(rows: readonly CategoryRow[]): ChartData {
  const bars: ChartData['bars'] = [];
  const suppressed: string[] = [];
  for (const row of rows) {
    if (row.value === null) suppressed.push(row.category);
    else bars.push({ category: row.category, value: row.value });
  }
  return { bars, suppressed };
}

/** Whole-number ticks from 0 to at least `max`, at most `count` of them (counts have no halves). */
export function integerTicks(max: number, count: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const wanted = Math.max(2, Math.floor(count));
  const raw = top / (wanted - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude);
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) ticks.push(tick);
  return ticks;
}

/** Each bar's band (its label above it, the bar below), and the chart's height around them. */
export const CHART_BAND = 44;
export const CHART_MARGIN = { top: 8, right: 56, bottom: 28, left: 8 } as const;

export function chartHeight(bars: number): number {
  return Math.max(1, bars) * CHART_BAND + CHART_MARGIN.top + CHART_MARGIN.bottom;
}
