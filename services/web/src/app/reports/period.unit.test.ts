import { daysOf, defaultQuery, draftFor, draftOf, indicatorsCsvHref, isoWeekOf, networkCsvHref, networkPeriod, networkPeriodFromSearch, periodQuery, previousMonth, queryFromSearch, type PeriodDraft, type ReportQuery } from './period';

const TODAY = '2026-11-24';
const draft = (change: Partial<PeriodDraft>): PeriodDraft => ({ ...draftFor(TODAY), ...change });

describe('the report period picker', () => {
  it('opens on this month in the centre calendar, with this quarter, week, year and day ready', () => {
    expect(defaultQuery(TODAY)).toEqual({ period: '2026-11' });
    expect(draftFor(TODAY)).toEqual({ kind: 'month', month: '2026-11', year: '2026', quarter: '4', week: '2026-W48', day: TODAY, from: '2026-11-01', to: TODAY });
  });

  it('names ISO weeks as the service does, across the turn of the year', () => {
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
  });

  it('asks for each kind of period by its label', () => {
    expect(periodQuery(draft({ kind: 'month', month: '2026-10' }), TODAY)).toEqual({ ok: true, query: { period: '2026-10' } });
    expect(periodQuery(draft({ kind: 'quarter', year: '2026', quarter: '2' }), TODAY)).toEqual({ ok: true, query: { period: '2026-Q2' } });
    expect(periodQuery(draft({ kind: 'year', year: '2025' }), TODAY)).toEqual({ ok: true, query: { period: '2025' } });
    expect(periodQuery(draft({ kind: 'week', week: '2026-w10' }), TODAY)).toEqual({ ok: true, query: { period: '2026-W10' } });
    expect(periodQuery(draft({ kind: 'day', day: '2026-02-28' }), TODAY)).toEqual({ ok: true, query: { period: '2026-02-28' } });
    expect(periodQuery(draft({ kind: 'range', from: '2026-01-15', to: '2026-03-15' }), TODAY)).toEqual({ ok: true, query: { from: '2026-01-15', to: '2026-03-15' } });
  });

  it('refuses what the service would refuse, naming the field', () => {
    expect(periodQuery(draft({ kind: 'month', month: '2026-13' }), TODAY)).toEqual({ ok: false, field: 'month', problem: 'invalid' });
    expect(periodQuery(draft({ kind: 'day', day: '2026-02-30' }), TODAY)).toEqual({ ok: false, field: 'day', problem: 'invalid' });
    expect(periodQuery(draft({ kind: 'week', week: '2026-W54' }), TODAY)).toEqual({ ok: false, field: 'week', problem: 'invalid' });
    expect(periodQuery(draft({ kind: 'year', year: '1999' }), TODAY)).toEqual({ ok: false, field: 'year', problem: 'out-of-years' });
    expect(periodQuery(draft({ kind: 'year', year: '2028' }), TODAY)).toEqual({ ok: false, field: 'year', problem: 'out-of-years' });
    expect(periodQuery(draft({ kind: 'year', year: '2027' }), TODAY).ok).toBe(true);
    expect(periodQuery(draft({ kind: 'range', from: '2026-03-01', to: '2026-02-01' }), TODAY)).toEqual({ ok: false, field: 'from', problem: 'reversed' });
    expect(periodQuery(draft({ kind: 'range', from: '2020-01-01', to: '2025-01-01' }), TODAY)).toEqual({ ok: false, field: 'to', problem: 'too-long' });
    expect(periodQuery(draft({ kind: 'range', from: '2020-01-01', to: '2024-12-31' }), TODAY).ok).toBe(true);
    expect(periodQuery(draft({ kind: 'range', from: 'yesterday', to: '2026-02-01' }), TODAY)).toEqual({ ok: false, field: 'from', problem: 'invalid' });
  });

  it('knows the days of each period', () => {
    expect(daysOf('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(daysOf('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(daysOf('2026-W48')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(daysOf('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(daysOf('soon')).toBeNull();
  });

  it('shows a period read from the address in the picker, and asks for the same again', () => {
    const queries: ReportQuery[] = [{ period: '2025-03' }, { period: '2025-Q3' }, { period: '2024' }, { period: '2025-W02' }, { period: '2025-07-04' }, { from: '2025-01-01', to: '2025-06-30' }];
    for (const query of queries) expect(periodQuery(draftOf(query, TODAY), TODAY)).toEqual({ ok: true, query });
  });

  it('reads the period from the address only when it is one the service takes', () => {
    expect(queryFromSearch(new URLSearchParams('period=2026-Q4'), TODAY)).toEqual({ period: '2026-Q4' });
    expect(queryFromSearch(new URLSearchParams('from=2026-01-01&to=2026-01-31'), TODAY)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(queryFromSearch(new URLSearchParams('period=whenever'), TODAY)).toBeNull();
    expect(queryFromSearch(new URLSearchParams('from=2026-01-01'), TODAY)).toBeNull();
    expect(queryFromSearch(new URLSearchParams(''), TODAY)).toBeNull();
  });

  it('links the CSV of the same report through the app server', () => {
    expect(indicatorsCsvHref({ period: '2026-11' })).toBe('/api/reporting/v1/reports/indicators?period=2026-11&format=csv');
    expect(indicatorsCsvHref({ from: '2026-01-01', to: '2026-01-31' })).toBe('/api/reporting/v1/reports/indicators?from=2026-01-01&to=2026-01-31&format=csv');
    expect(networkCsvHref('2026-10', null)).toBe('/api/reporting/v1/network-view/figures?period=2026-10&format=csv');
    expect(networkCsvHref('2026-Q3', 'people-served')).toBe('/api/reporting/v1/network-view/figures?period=2026-Q3&indicator=people-served&format=csv');
  });
});

describe("the network view's period", () => {
  it('opens on last month', () => {
    expect(previousMonth(TODAY)).toBe('2026-10');
    expect(previousMonth('2026-01-05')).toBe('2025-12');
  });

  it('takes only a month, quarter or year that is over', () => {
    expect(networkPeriod(draft({ kind: 'month', month: '2026-10' }), TODAY)).toEqual({ ok: true, period: '2026-10' });
    expect(networkPeriod(draft({ kind: 'quarter', year: '2026', quarter: '3' }), TODAY)).toEqual({ ok: true, period: '2026-Q3' });
    expect(networkPeriod(draft({ kind: 'month', month: '2026-11' }), TODAY)).toEqual({ ok: false, field: 'month', problem: 'not-closed' });
    expect(networkPeriod(draft({ kind: 'year', year: '2026' }), TODAY)).toEqual({ ok: false, field: 'year', problem: 'not-closed' });
    expect(networkPeriod(draft({ kind: 'week', week: '2026-W40' }), TODAY).ok).toBe(false);
  });

  it('reads from the address only a period the network can be asked for', () => {
    expect(networkPeriodFromSearch(new URLSearchParams('period=2026-Q2'), TODAY)).toBe('2026-Q2');
    expect(networkPeriodFromSearch(new URLSearchParams('period=2026-11'), TODAY)).toBeNull();
    expect(networkPeriodFromSearch(new URLSearchParams('period=2026-W10'), TODAY)).toBeNull();
    expect(networkPeriodFromSearch(new URLSearchParams(''), TODAY)).toBeNull();
  });
});
