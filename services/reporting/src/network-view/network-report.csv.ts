import { spreadsheetCsv } from '../csv/spreadsheet-csv';
import type { NetworkReport, ReportMember } from './network-report';
import type { SharedTable } from './network-figures.domain';

const WITHHELD = 'x';
const NOT_SHARED = '';

const ruleText = (rule: { k: number; roundTo: number | null }) => `k = ${rule.k}${rule.roundTo === null ? '' : `, rounded to ${rule.roundTo}`}`;

const label = (member: ReportMember) => `${member.centreName} (${member.centre})`;

function suppressionRule(report: NetworkReport): string {
  const sharing = report.members.filter((member) => member.rule !== null);
  if (sharing.length === 0) return 'Nothing was shared for this period.';
  const rules = report.indicators.map((columns) => columns.network?.rule).find((rule) => rule !== undefined);
  return (
    "Each centre's counts from 1 to k-1 withheld, with complementary cells so that none can be worked out from the others " +
    `(${sharing.map((member) => `${label(member)}: ${ruleText(member.rule ?? { k: 0, roundTo: null })}`).join('; ')}). ` +
    "Network: sums of the centres' published counts, withheld where any centre's is, then protected again" +
    (rules ? ` (${ruleText(rules)}, the strictest among the centres).` : '.')
  );
}

const sameTable = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** A cell's value in a table: its value, x when withheld, 0 when the table does not list it (a true zero), blank without the table. */
function valueIn(table: SharedTable | undefined, dimensions: readonly string[], key: readonly string[]): string | number {
  if (!table) return NOT_SHARED;
  const at = table.dimensions.map((dimension) => dimensions.indexOf(dimension));
  const cell = table.cells.find((candidate) => candidate.key.every((category, index) => category === key[at[index] ?? -1]));
  if (!cell) return 0;
  return cell.value === null ? WITHHELD : cell.value;
}

const shown = (value: number | null): string | number => (value === null ? WITHHELD : value);

/**
 * The report as CSV (csv-stringify, UTF-8 with a BOM): a header block (network, period, when it was
 * generated, the suppression rule applied), the member centres with what they share, then one row
 * per indicator cell with a column per centre and one for the network.
 */
export function networkReportCsv(report: NetworkReport): string {
  const publishing = report.members.filter((member) => member.agreementId !== null);
  const rows: Array<Array<string | number>> = [
    ['network', report.network],
    ['period', `${report.period.label} (${report.period.from} to ${report.period.to})`],
    ['generated at', report.generatedAt],
    ['suppression rule', suppressionRule(report)],
    ['legend', `${WITHHELD} = withheld (small-cell suppression); blank = not shared by that centre`],
    [],
    ['centre', 'status', 'figures for this period'],
    ...report.members.map((member) => [label(member), member.status, member.agreementId ? `published under agreement ${member.agreementId}` : 'none']),
    [],
    ['indicator', 'table', 'category', ...publishing.map(label), 'network'],
  ];
  for (const columns of report.indicators) {
    const byCentre = new Map(columns.centres.map((figures) => [figures.centre, figures]));
    rows.push([columns.indicator, 'total', '', ...publishing.map((member) => (byCentre.has(member.centre) ? shown(byCentre.get(member.centre)?.total ?? null) : NOT_SHARED)), columns.network ? shown(columns.network.total) : NOT_SHARED]);
    const tables: SharedTable[] = [];
    for (const figures of columns.centres) for (const table of figures.tables) if (!tables.some((seen) => sameTable(seen.dimensions, table.dimensions))) tables.push(table);
    for (const table of tables) {
      const keys = new Map<string, string[]>();
      for (const figures of columns.centres) {
        const own = figures.tables.find((candidate) => sameTable(candidate.dimensions, table.dimensions));
        for (const cell of own?.cells ?? []) {
          const key = table.dimensions.map((dimension) => cell.key[own?.dimensions.indexOf(dimension) ?? -1] ?? '');
          keys.set(JSON.stringify(key), key);
        }
      }
      for (const key of keys.values()) {
        const centreValues = publishing.map((member) => valueIn(byCentre.get(member.centre)?.tables.find((candidate) => sameTable(candidate.dimensions, table.dimensions)), table.dimensions, key));
        const networkValue = valueIn(columns.network?.tables.find((candidate) => sameTable(candidate.dimensions, table.dimensions)), table.dimensions, key);
        rows.push([columns.indicator, table.dimensions.join(' × '), key.join(' × '), ...centreValues, networkValue]);
      }
    }
  }
  const measures = new Map(report.measures.centres.map((measure) => [measure.centre, measure]));
  const currencies = [...new Set(report.measures.centres.flatMap((measure) => (measure.labourClaimAmounts ?? []).map((amounts) => amounts.currency)))].sort();
  for (const currency of currencies) {
    for (const field of ['claimed', 'agreed', 'awarded', 'received'] as const) {
      const amountOf = (list: ReadonlyArray<{ currency: string; amounts: Record<typeof field, string> | null }> | null | undefined) => {
        if (!list) return NOT_SHARED;
        const entry = list.find((amounts) => amounts.currency === currency);
        if (!entry) return '0.00';
        return entry.amounts ? entry.amounts[field] : WITHHELD;
      };
      rows.push(['labour-claim-amounts', field, currency, ...publishing.map((member) => amountOf(measures.get(member.centre)?.labourClaimAmounts)), amountOf(report.measures.network.labourClaimAmounts)]);
    }
  }
  if (report.measures.centres.some((measure) => measure.daysToFirstService !== null)) {
    rows.push([
      'days-to-first-service',
      'median',
      '',
      ...publishing.map((member) => {
        const days = measures.get(member.centre)?.daysToFirstService;
        if (!days) return NOT_SHARED;
        return days.suppressed ? WITHHELD : (days.median ?? '');
      }),
      NOT_SHARED,
    ]);
  }
  return spreadsheetCsv(rows);
}
