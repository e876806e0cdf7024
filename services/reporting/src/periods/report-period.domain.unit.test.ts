import {
  agreementStartDays,
  currentYear,
  fixedPeriodOf,
  inReportYears,
  instantsOf,
  isClosed,
  nextFixedPeriod,
  parseFixedPeriod,
  parsePeriod,
  rangePeriod,
  rangeProblem,
} from './report-period.domain';

describe('report periods', () => {
  it('reads months, quarters and years, with their first and last days', () => {
    expect(parseFixedPeriod('2024-02')).toEqual({ kind: 'month', label: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(parseFixedPeriod('2026-Q4')).toEqual({ kind: 'quarter', label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(parseFixedPeriod('2026')).toEqual({ kind: 'year', label: '2026', from: '2026-01-01', to: '2026-12-31' });
    for (const bad of ['2026-13', '2026-Q5', '26', '2026-11-01', 'november']) expect(parseFixedPeriod(bad)).toBeNull();
  });

  it('reads ISO weeks (week 1 holds the first Thursday) and single days inside the centre', () => {
    expect(parsePeriod('2026-W01')).toMatchObject({ kind: 'week', from: '2025-12-29', to: '2026-01-04' });
    expect(parsePeriod('2026-W53')).toMatchObject({ kind: 'week', from: '2026-12-28', to: '2027-01-03' });
    expect(parsePeriod('2025-W53')).toBeNull();
    expect(parsePeriod('2026-11-24')).toEqual({ kind: 'day', label: '2026-11-24', from: '2026-11-24', to: '2026-11-24' });
    expect(parsePeriod('2026-02-30')).toBeNull();
  });

  it('takes a range of days in order only, of five years at most', () => {
    expect(rangePeriod('2026-11-01', '2026-11-15')).toMatchObject({ kind: 'range', label: '2026-11-01..2026-11-15' });
    expect(rangePeriod('2026-11-15', '2026-11-01')).toBeNull();
    expect(rangePeriod('2026-11-31', '2026-12-01')).toBeNull();
    expect(rangePeriod('2022-01-01', '2026-12-31')).toMatchObject({ from: '2022-01-01', to: '2026-12-31' });
    expect(rangePeriod('2026-10-01', '5000-12-31')).toBeNull();
    expect(
      [
        ['2026-11-01', '2026-11-01'],
        ['2026-11-02', '2026-11-01'],
        ['2022-01-01', '2026-12-31'],
        ['2022-01-01', '2027-01-01'],
        ['2024-02-29', '2029-02-28'],
        ['2024-02-29', '2029-03-01'],
      ].map(([from = '', to = '']) => rangeProblem(from, to)),
    ).toEqual([null, 'reversed', null, 'too-long', null, 'too-long']);
  });

  it('bounds the years a report is asked for: from 2000 to the year after the current one', () => {
    const now = new Date('2026-11-23T15:00:00Z');
    const inYears = ['1999-12-31', '2000-01-01', '2000', '2026-W48', '2027-12-31', '2027-Q4', '2028-01-01', '2028', '0000', '9999'].map((label) => inReportYears(label, now));
    expect(inYears).toEqual([false, true, true, true, true, true, false, false, false, false]);
    expect(agreementStartDays(now)).toEqual({ first: '2000-01-01', last: '2027-11-23' });
  });

  it('writes and counts the days of any year as that year, four digits, never as 1900 and after', () => {
    expect(parseFixedPeriod('0000')).toEqual({ kind: 'year', label: '0000', from: '0000-01-01', to: '0000-12-31' });
    // Year 0 is a leap year (divisible by 400); 1900, which Date.UTC would have made of it, is not.
    expect(parseFixedPeriod('0000-02')).toEqual({ kind: 'month', label: '0000-02', from: '0000-02-01', to: '0000-02-29' });
    expect(fixedPeriodOf('month', '0001-01-01')).toMatchObject({ label: '0001-01', from: '0001-01-01' });
    // 1 January of year 1 was a Monday: week 1 starts on it.
    expect(parsePeriod('0001-W01')).toMatchObject({ from: '0001-01-01', to: '0001-01-07' });
  });

  it('steps from a fixed period to the next, across years', () => {
    expect(nextFixedPeriod(fixedPeriodOf('month', '2026-12-10')).label).toBe('2027-01');
    expect(nextFixedPeriod(fixedPeriodOf('quarter', '2026-11-24')).label).toBe('2027-Q1');
    expect(nextFixedPeriod(fixedPeriodOf('year', '2026-11-24')).label).toBe('2027');
  });

  it("closes a period when its last day is over at the centre, not in UTC", () => {
    const october = fixedPeriodOf('month', '2026-10-05');
    // 1 Nov 06:30 UTC is still 31 Oct 23:30 in Tijuana (UTC-7).
    expect(isClosed(october, new Date('2026-11-01T06:30:00Z'), 'America/Tijuana')).toBe(false);
    expect(isClosed(october, new Date('2026-11-01T07:00:00Z'), 'America/Tijuana')).toBe(true);
    expect(currentYear(new Date('2027-01-01T05:00:00Z'), 'America/Tijuana').label).toBe('2026');
  });

  it('spans whole local days across a change of the clocks', () => {
    const november = instantsOf(fixedPeriodOf('month', '2026-11-01'), 'America/Tijuana');
    expect([november.from.toISOString(), november.to.toISOString()]).toEqual(['2026-11-01T07:00:00.000Z', '2026-12-01T08:00:00.000Z']);
  });
});
