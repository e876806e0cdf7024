import { stringify } from 'csv-stringify/sync';

/**
 * Rows as CSV for spreadsheet programs: UTF-8 with a byte order mark (so accents open right), CRLF
 * line ends, and text that a spreadsheet would run as a formula made inert. Centre and partner
 * names are typed by people, and a report travels to others: a cell starting with = + - @ (or a
 * tab or CR) is escaped, and a cell holding a line break is quoted, so no line inside a name can
 * begin a row of its own.
 */
export function spreadsheetCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return stringify(
    rows.map((row) => [...row]),
    { bom: true, record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ },
  );
}
