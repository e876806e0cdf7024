import type { components } from '../api/generated/reporting';
import { CLAIM_AMOUNT_FIELDS, type ClaimAmountField } from './report-labels';
import { sortRows, type CategoryRow } from './report-rows';

export type NetworkReport = components['schemas']['NetworkReport'];
type SharedTable = NetworkReport['indicators'][number]['centres'][number]['tables'][number];
type AmountsList = NonNullable<NetworkReport['measures']['network']['labourClaimAmounts']>;

/**
 * A cell of the network view, read as the service's CSV reads it: a count; `suppressed` when the
 * centre (or the network's protection) withheld it, which is never a zero; `not-shared` when the
 * centre published no such table or indicator for the period. A category a published table does
 * not list is a true zero.
 */
export type NetworkCell = { kind: 'count'; value: number } | { kind: 'suppressed' } | { kind: 'not-shared' };
export type AmountCell = { kind: 'amount'; value: string } | { kind: 'suppressed' } | { kind: 'not-shared' };

const NOT_SHARED = { kind: 'not-shared' } as const;
const SUPPRESSED = { kind: 'suppressed' } as const;
const count = (value: number | null): NetworkCell => (value === null ? SUPPRESSED : { kind: 'count', value });

/** A centre that published figures for the period: a column of every table. */
export interface NetworkColumn {
  centre: string;
  name: string;
}

export interface NetworkTableRow {
  key: string[];
  cells: NetworkCell[];
  network: NetworkCell;
}

export interface NetworkTable {
  dimensions: string[];
  rows: NetworkTableRow[];
}

export interface NetworkIndicator {
  indicator: string;
  total: { cells: NetworkCell[]; network: NetworkCell };
  tables: NetworkTable[];
  /** The rule the network's own figures were protected under again (the strictest of its centres'), if any centre published the indicator. */
  rule: { k: number; roundTo: number | null } | null;
}

export interface AmountLine {
  currency: string;
  field: ClaimAmountField;
  cells: AmountCell[];
  network: AmountCell;
}

export interface NetworkView {
  columns: NetworkColumn[];
  indicators: NetworkIndicator[];
  amounts: AmountLine[];
  /** Each column's median days from intake to first service; null when no centre shares it. */
  days: Array<{ kind: 'days'; value: number | null } | { kind: 'suppressed' } | { kind: 'not-shared' }> | null;
}

const tableId = (dimensions: readonly string[]) => JSON.stringify([...dimensions].sort());

/** A table's cells keyed in the order of `dimensions` (a centre may list a two-way table's dimensions the other way round). */
function cellIn(table: SharedTable | undefined, dimensions: readonly string[], key: readonly string[]): NetworkCell {
  if (!table) return NOT_SHARED;
  const at = table.dimensions.map((dimension) => dimensions.indexOf(dimension));
  const cell = table.cells.find((candidate) => candidate.key.every((category, index) => category === key[at[index] ?? -1]));
  return cell ? count(cell.value) : { kind: 'count', value: 0 };
}

const keyIn = (table: SharedTable, dimensions: readonly string[], cellKey: readonly string[]) =>
  dimensions.map((dimension) => cellKey[table.dimensions.indexOf(dimension)] ?? '');

/** Rows of a table in the order of its first dimension's categories, then its second's. */
function sortKeys(dimensions: readonly string[], keys: readonly string[][]): string[][] {
  let sorted = keys.map((key) => [...key]);
  for (let index = dimensions.length - 1; index >= 0; index--) {
    const dimension = dimensions[index] ?? '';
    const order = sortRows(
      dimension,
      [...new Set(sorted.map((key) => key[index] ?? ''))].map((category): CategoryRow => ({ category, value: 0 })),
    ).map((row) => row.category);
    sorted = [...sorted].sort((a, b) => order.indexOf(a[index] ?? '') - order.indexOf(b[index] ?? ''));
  }
  return sorted;
}

function amountIn(list: AmountsList | null | undefined, currency: string, field: ClaimAmountField): AmountCell {
  if (!list) return NOT_SHARED;
  const entry = list.find((amounts) => amounts.currency === currency);
  if (!entry) return { kind: 'amount', value: '0.00' };
  return entry.amounts ? { kind: 'amount', value: entry.amounts[field] } : SUPPRESSED;
}

/** The network report as the screen's tables: a column per centre that published for the period, and the network's. */
export function networkView(report: NetworkReport): NetworkView {
  const columns = report.members.filter((member) => member.agreementId !== null).map((member) => ({ centre: member.centre, name: member.centreName }));
  const indicators = report.indicators.map((entry): NetworkIndicator => {
    const byCentre = new Map(entry.centres.map((figures) => [figures.centre, figures]));
    const tables: SharedTable[] = [];
    for (const table of [...entry.centres.flatMap((figures) => figures.tables), ...(entry.network?.tables ?? [])]) {
      if (!tables.some((seen) => tableId(seen.dimensions) === tableId(table.dimensions))) tables.push(table);
    }
    return {
      indicator: entry.indicator,
      rule: entry.network ? { ...entry.network.rule } : null,
      total: {
        cells: columns.map((column) => {
          const figures = byCentre.get(column.centre);
          return figures ? count(figures.total) : NOT_SHARED;
        }),
        network: entry.network ? count(entry.network.total) : NOT_SHARED,
      },
      tables: tables.map(({ dimensions }): NetworkTable => {
        const sameAs = (table: SharedTable) => tableId(table.dimensions) === tableId(dimensions);
        const keys = new Map<string, string[]>();
        for (const table of [...entry.centres.flatMap((figures) => figures.tables), ...(entry.network?.tables ?? [])].filter(sameAs)) {
          for (const cell of table.cells) {
            const key = keyIn(table, dimensions, cell.key);
            keys.set(JSON.stringify(key), key);
          }
        }
        const networkTable = entry.network?.tables.find(sameAs);
        return {
          dimensions: [...dimensions],
          rows: sortKeys(dimensions, [...keys.values()]).map((key) => ({
            key,
            cells: columns.map((column) => cellIn(byCentre.get(column.centre)?.tables.find(sameAs), dimensions, key)),
            network: entry.network ? cellIn(networkTable, dimensions, key) : NOT_SHARED,
          })),
        };
      }),
    };
  });

  const measures = new Map(report.measures.centres.map((measure) => [measure.centre, measure]));
  const currencies = [...new Set(report.measures.centres.flatMap((measure) => (measure.labourClaimAmounts ?? []).map((amounts) => amounts.currency)))].sort();
  const amounts = currencies.flatMap((currency) =>
    CLAIM_AMOUNT_FIELDS.map((field) => ({
      currency,
      field,
      cells: columns.map((column) => amountIn(measures.get(column.centre)?.labourClaimAmounts, currency, field)),
      network: amountIn(report.measures.network.labourClaimAmounts, currency, field),
    })),
  );
  const anyDays = report.measures.centres.some((measure) => measure.daysToFirstService !== null);
  const days = anyDays
    ? columns.map((column) => {
        const shared = measures.get(column.centre)?.daysToFirstService;
        if (!shared) return NOT_SHARED;
        return shared.suppressed ? SUPPRESSED : { kind: 'days' as const, value: shared.median };
      })
    : null;
  return { columns, indicators, amounts, days };
}

/** A one-way table's network figures as chart rows (withheld ones kept, to be noted); none when the network has no figures. */
export function networkChartRows(table: NetworkTable): CategoryRow[] {
  if (table.dimensions.length !== 1) return [];
  return table.rows.flatMap((row): CategoryRow[] => {
    const category = row.key[0] ?? '';
    if (row.network.kind === 'not-shared') return [];
    return [{ category, value: row.network.kind === 'count' ? row.network.value : null }];
  });
}
