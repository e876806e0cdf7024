import { spreadsheetCsv } from '../csv/spreadsheet-csv';
import { reportRows, type IndicatorReport } from './indicator-report.domain';

/**
 * The report as CSV for spreadsheet programs: UTF-8 with a byte-order mark (so accents open right),
 * CRLF line ends, a header block (centre, period, generation time, the suppression applied), a blank
 * line, then one row per figure. Cells that a spreadsheet would run as a formula are escaped.
 */
export function indicatorReportCsv(report: IndicatorReport): string {
  const header = [
    ['centre', report.centre],
    ['period', report.period.label],
    ['from', report.period.from],
    ['to', report.period.to],
    ['time zone', report.period.timeZone],
    ['generated at', report.generatedAt],
    ['suppression', report.suppression],
    [],
    ['indicator', 'dimension', 'category', 'value'],
  ];
  return spreadsheetCsv([...header, ...reportRows(report)]);
}
