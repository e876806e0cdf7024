import { monthName, parsePeriod } from './period-label';

describe("the reporting API's period labels", () => {
  it('reads months, quarters and years', () => {
    expect(parsePeriod('2026-12')).toEqual({ kind: 'month', year: 2026, month: 12 });
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(parsePeriod('2027')).toEqual({ kind: 'year', year: 2027 });
    expect(parsePeriod('2026-W48')).toBeNull();
  });

  it('names a month in the reader language, never shifted to the month before', () => {
    expect(monthName({ year: 2026, month: 12 }, 'es-MX')).toBe('diciembre de 2026');
    expect(monthName({ year: 2026, month: 1 }, 'en-US')).toBe('January 2026');
  });
});
