/**
 * The report period picker's logic: what a person picks (a month, a quarter, a year, an ISO week, a
 * day or a range of days, in the centre's calendar) and the query the reporting service takes
 * (`period=2026-11`, `2026-Q4`, `2026`, `2026-W48`, `2026-11-24`, or `from=&to=`), with the service's
 * own bounds: years from 2000 to next year, ranges of at most five years, in order.
 */

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'week', 'day', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The fixed periods, the only ones a network is sent. */
export const FIXED_PERIOD_KINDS = ['month', 'quarter', 'year'] as const satisfies readonly PeriodKind[];
export type FixedPeriodKind = (typeof FIXED_PERIOD_KINDS)[number];

export type ReportQuery = { period: string } | { from: string; to: string };

/** What the picker's controls hold, as typed: every kind's value, so switching kinds keeps what was typed. */
export interface PeriodDraft {
  kind: PeriodKind;
  /** `2026-11` */
  month: string;
  /** `2026` (the year of a quarter, or a year) */
  year: string;
  /** `1` to `4` */
  quarter: string;
  /** `2026-W48` */
  week: string;
  /** `2026-11-24` */
  day: string;
  from: string;
  to: string;
}

export type PeriodField = Exclude<keyof PeriodDraft, 'kind'>;
/** Why a draft is not a period: not a real one, outside the years reports cover, a range backwards or too long. */
export type PeriodProblem = 'invalid' | 'out-of-years' | 'reversed' | 'too-long';
export type PeriodResult = { ok: true; query: ReportQuery } | { ok: false; field: PeriodField; problem: PeriodProblem };

export const FIRST_REPORT_YEAR = 2000;
export const MAX_RANGE_YEARS = 5;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

const dayText = (date: Date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** Whether the text is a real calendar day, `YYYY-MM-DD`. */
export function isRealDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return dayText(utcDate(year, month - 1, day)) === text;
}

export function plusDays(day: string, days: number): string {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return dayText(utcDate(year, month - 1, date + days));
}

/** The Monday of ISO week 1 (the week holding the year's first Thursday). */
function isoWeekOneMonday(year: number): string {
  const weekday = (utcDate(year, 0, 4).getUTCDay() + 6) % 7;
  return plusDays(`${pad(year, 4)}-01-04`, -weekday);
}

export function isoWeeksIn(year: number): number {
  return Math.round((Date.parse(isoWeekOneMonday(year + 1)) - Date.parse(isoWeekOneMonday(year))) / (7 * 86_400_000));
}

/** The ISO week holding a day: `2026-W48` (the first days of January may be the last week of the year before). */
export function isoWeekOf(day: string): string {
  let year = Number(day.slice(0, 4));
  if (day < isoWeekOneMonday(year)) year -= 1;
  else if (day >= isoWeekOneMonday(year + 1)) year += 1;
  const week = Math.floor((Date.parse(day) - Date.parse(isoWeekOneMonday(year))) / (7 * 86_400_000)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The first and last day of a period label the service knows; null when it is none. */
export function daysOf(label: string): { from: string; to: string } | null {
  const year = YEAR.exec(label);
  if (year) return { from: `${label}-01-01`, to: `${label}-12-31` };
  const quarter = QUARTER.exec(label);
  if (quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    const first = (q - 1) * 3 + 1;
    return { from: `${pad(y, 4)}-${pad(first)}-01`, to: `${pad(y, 4)}-${pad(first + 2)}-${pad(lastDayOfMonth(y, first + 2))}` };
  }
  const month = MONTH.exec(label);
  if (month) return { from: `${label}-01`, to: `${label}-${pad(lastDayOfMonth(Number(month[1]), Number(month[2])))}` };
  const week = WEEK.exec(label);
  if (week) {
    const [y, n] = [Number(week[1]), Number(week[2])];
    if (n < 1 || n > isoWeeksIn(y)) return null;
    const from = plusDays(isoWeekOneMonday(y), (n - 1) * 7);
    return { from, to: plusDays(from, 6) };
  }
  if (isRealDay(label)) return { from: label, to: label };
  return null;
}

function lastDayOfMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/** The years reports cover on a day: 2000 to the year after. */
export function reportYears(today: string): { first: number; last: number } {
  return { first: FIRST_REPORT_YEAR, last: Number(today.slice(0, 4)) + 1 };
}

function inYears(text: string, today: string): boolean {
  const year = Number(text.slice(0, 4));
  const { first, last } = reportYears(today);
  return year >= first && year <= last;
}

/** The picker's values on a day: this month, this quarter, this year, this week, today, and the month so far. */
export function draftFor(today: string, kind: PeriodKind = 'month'): PeriodDraft {
  const month = Number(today.slice(5, 7));
  return {
    kind,
    month: today.slice(0, 7),
    year: today.slice(0, 4),
    quarter: String(Math.floor((month - 1) / 3) + 1),
    week: isoWeekOf(today),
    day: today,
    from: `${today.slice(0, 7)}-01`,
    to: today,
  };
}

/** The query the report's first screen asks for: this month in the centre's calendar. */
export function defaultQuery(today: string): ReportQuery {
  return { period: today.slice(0, 7) };
}

function label(draft: PeriodDraft): { field: PeriodField; label: string } {
  switch (draft.kind) {
    case 'month':
      return { field: 'month', label: draft.month.trim() };
    case 'quarter':
      return { field: 'year', label: `${draft.year.trim()}-Q${draft.quarter.trim()}` };
    case 'year':
      return { field: 'year', label: draft.year.trim() };
    case 'week':
      return { field: 'week', label: draft.week.trim().toUpperCase() };
    case 'day':
    case 'range':
      return { field: 'day', label: draft.day.trim() };
  }
}

/** The query for what the picker holds, or the field at fault and why. */
export function periodQuery(draft: PeriodDraft, today: string): PeriodResult {
  if (draft.kind === 'range') {
    const from = draft.from.trim();
    const to = draft.to.trim();
    if (!isRealDay(from)) return { ok: false, field: 'from', problem: 'invalid' };
    if (!isRealDay(to)) return { ok: false, field: 'to', problem: 'invalid' };
    if (!inYears(from, today)) return { ok: false, field: 'from', problem: 'out-of-years' };
    if (!inYears(to, today)) return { ok: false, field: 'to', problem: 'out-of-years' };
    if (from > to) return { ok: false, field: 'from', problem: 'reversed' };
    // As the service counts it: `to` before the same day five years on.
    if (to >= `${pad(Number(from.slice(0, 4)) + MAX_RANGE_YEARS, 4)}${from.slice(4)}`) return { ok: false, field: 'to', problem: 'too-long' };
    return { ok: true, query: { from, to } };
  }
  const { field, label: text } = label(draft);
  if (daysOf(text) === null) return { ok: false, field, problem: 'invalid' };
  if (!inYears(text, today)) return { ok: false, field, problem: 'out-of-years' };
  return { ok: true, query: { period: text } };
}

/** The kind of period a label is. */
export function kindOf(query: ReportQuery): PeriodKind | null {
  if ('from' in query) return 'range';
  const text = query.period;
  if (YEAR.test(text)) return 'year';
  if (QUARTER.test(text)) return 'quarter';
  if (MONTH.test(text)) return 'month';
  if (WEEK.test(text)) return 'week';
  if (isRealDay(text)) return 'day';
  return null;
}

/** The picker showing a query (after a reload or a link), its other kinds on the day. */
export function draftOf(query: ReportQuery, today: string): PeriodDraft {
  const kind = kindOf(query) ?? 'month';
  const draft = draftFor(today, kind);
  if ('from' in query) return { ...draft, from: query.from, to: query.to };
  const text = query.period;
  switch (kind) {
    case 'month':
      return { ...draft, month: text };
    case 'quarter':
      return { ...draft, year: text.slice(0, 4), quarter: text.slice(6) };
    case 'year':
      return { ...draft, year: text };
    case 'week':
      return { ...draft, week: text };
    default:
      return { ...draft, day: text };
  }
}

/** The query a page address holds (`?period=` or `?from=&to=`), if it is a valid one. */
export function queryFromSearch(search: URLSearchParams, today: string): ReportQuery | null {
  const period = search.get('period');
  const from = search.get('from');
  const to = search.get('to');
  if (period !== null) {
    const draft = draftOf({ period }, today);
    const result = periodQuery(draft, today);
    return result.ok && kindOf({ period }) !== null ? result.query : null;
  }
  if (from !== null && to !== null) {
    const result = periodQuery({ ...draftFor(today, 'range'), from, to }, today);
    return result.ok ? result.query : null;
  }
  return null;
}

/** The query as URL parameters (a period is no one's personal data: it may sit in the address). */
export function searchOf(query: ReportQuery): URLSearchParams {
  return new URLSearchParams('from' in query ? { from: query.from, to: query.to } : { period: query.period });
}

/** The report as CSV, downloaded through this app's server with the session (a plain link). */
export function indicatorsCsvHref(query: ReportQuery): string {
  const params = searchOf(query);
  params.set('format', 'csv');
  return `/api/reporting/v1/reports/indicators?${params.toString()}`;
}

/** The month before the day's: the newest period a network may have been sent. */
export function previousMonth(today: string): string {
  const [year = NaN, month = NaN] = today.split('-').map(Number);
  return month === 1 ? `${pad(year - 1, 4)}-12` : `${pad(year, 4)}-${pad(month - 1)}`;
}

/**
 * A network's period (a month, quarter or year) from the picker, or why not. A period is sent to a
 * network only once it is over, so one not over on the day is `invalid` for the network.
 */
export type NetworkPeriodResult = { ok: true; period: string } | { ok: false; field: PeriodField; problem: PeriodProblem | 'not-closed' };

export function networkPeriod(draft: PeriodDraft, today: string): NetworkPeriodResult {
  if (!(FIXED_PERIOD_KINDS as readonly PeriodKind[]).includes(draft.kind)) return { ok: false, field: 'month', problem: 'invalid' };
  const result = periodQuery(draft, today);
  if (!result.ok) return result;
  const period = 'period' in result.query ? result.query.period : '';
  const days = daysOf(period);
  if (!days) return { ok: false, field: draft.kind === 'month' ? 'month' : 'year', problem: 'invalid' };
  if (days.to >= today) return { ok: false, field: draft.kind === 'month' ? 'month' : 'year', problem: 'not-closed' };
  return { ok: true, period };
}

/** The network view's figures as CSV, through this app's server. */
export function networkCsvHref(period: string, indicator: string | null): string {
  const params = new URLSearchParams({ period });
  if (indicator) params.set('indicator', indicator);
  params.set('format', 'csv');
  return `/api/reporting/v1/network-view/figures?${params.toString()}`;
}

/** The network period a page address holds (`?period=`), if it is a month, quarter or year that is over. */
export function networkPeriodFromSearch(search: URLSearchParams, today: string): string | null {
  const period = search.get('period');
  if (period === null) return null;
  const kind = kindOf({ period });
  if (kind === null || !(FIXED_PERIOD_KINDS as readonly PeriodKind[]).includes(kind)) return null;
  const result = networkPeriod(draftOf({ period }, today), today);
  return result.ok ? result.period : null;
}
