import { dayIn, endOfDay, startOfDay, type CalendarDay } from '@corredor/contracts';

/**
 * Report periods. Inside a centre any period can be asked for (a day, an ISO week, a month, a
 * quarter, a year, or a range of days); only fixed periods (month, quarter, year) ever leave it, so
 * that overlapping ranges cannot be subtracted from each other to find one person. Days are the
 * centre's calendar days, both ends included.
 */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range';
export type FixedPeriodKind = 'month' | 'quarter' | 'year';
export const FIXED_PERIOD_KINDS: readonly FixedPeriodKind[] = ['month', 'quarter', 'year'];

export interface ReportPeriod {
  kind: PeriodKind;
  /** `2026-11-24`, `2026-W48`, `2026-11`, `2026-Q4`, `2026`, or `2026-11-01..2026-11-15` for a range. */
  label: string;
  from: CalendarDay;
  to: CalendarDay;
}

export interface FixedPeriod extends ReportPeriod {
  kind: FixedPeriodKind;
}

/** A period's instants in the zone: from the start of its first day to the end of its last (exclusive). */
export interface Instants {
  from: Date;
  to: Date;
}

export function instantsOf(period: Pick<ReportPeriod, 'from' | 'to'>, timeZone: string): Instants {
  return { from: startOfDay(period.from, timeZone), to: endOfDay(period.to, timeZone) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A year as labels and days write it: four digits. */
const yyyy = (year: number) => pad(year, 4);

/** That day at UTC midnight; unlike Date.UTC, a year below 100 is that year, not 1900 and after. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

const lastDayOfMonth = (year: number, month: number) => utcDate(year, month, 0).getUTCDate();

/** The day `days` after (before, when negative) that one, in any year (the calendar's addDays reads years below 100 as 1900 and after). */
function plusDays(day: CalendarDay, days: number): CalendarDay {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  const moved = utcDate(year, month - 1, date + days);
  return `${yyyy(moved.getUTCFullYear())}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

function monthPeriod(year: number, month: number): FixedPeriod {
  const label = `${yyyy(year)}-${pad(month)}`;
  return { kind: 'month', label, from: `${label}-01`, to: `${label}-${pad(lastDayOfMonth(year, month))}` };
}

function quarterPeriod(year: number, quarter: number): FixedPeriod {
  const first = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', label: `${yyyy(year)}-Q${quarter}`, from: `${yyyy(year)}-${pad(first)}-01`, to: monthPeriod(year, first + 2).to };
}

function yearPeriod(year: number): FixedPeriod {
  return { kind: 'year', label: yyyy(year), from: `${yyyy(year)}-01-01`, to: `${yyyy(year)}-12-31` };
}

/** The Monday of ISO week 1 of the year (the week with the year's first Thursday). */
function isoWeekOneMonday(year: number): CalendarDay {
  const weekday = (utcDate(year, 0, 4).getUTCDay() + 6) % 7;
  return plusDays(`${yyyy(year)}-01-04`, -weekday);
}

function isoWeeksIn(year: number): number {
  return (Date.parse(isoWeekOneMonday(year + 1)) - Date.parse(isoWeekOneMonday(year))) / (7 * 86_400_000);
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is a real calendar day, `YYYY-MM-DD`. */
export const isRealDay = (day: string): boolean => DAY.test(day) && !Number.isNaN(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** The first year reports are asked for: there are no figures from before it. */
export const FIRST_REPORT_YEAR = 2000;
/** The longest range of days a report covers, in years: enough for a centre to look back over its years of work. */
export const MAX_RANGE_YEARS = 5;

/** The years a report may be asked for at that instant: from 2000 to the year after the current one (UTC). */
export function reportYears(now: Date): { first: number; last: number } {
  return { first: FIRST_REPORT_YEAR, last: now.getUTCFullYear() + 1 };
}

/** Whether a day, or a period's label (`2026-11`, `2026-W48`...), is in the years reports may be asked for at that instant. */
export function inReportYears(dayOrLabel: string, now: Date): boolean {
  const year = Number(dayOrLabel.slice(0, 4));
  const { first, last } = reportYears(now);
  return Number.isInteger(year) && year >= first && year <= last;
}

/**
 * The days a sharing agreement may apply from at that instant: from the first day of 2000 to the
 * same day a year on (UTC). Earlier would queue a release for every period since; later is no plan.
 */
export function agreementStartDays(now: Date): { first: CalendarDay; last: CalendarDay } {
  const today = now.toISOString().slice(0, 10);
  return { first: `${yyyy(FIRST_REPORT_YEAR)}-01-01`, last: `${yyyy(Number(today.slice(0, 4)) + 1)}${today.slice(4)}` };
}

/** What is wrong with a range of days (both included), if anything: the wrong way round, or longer than five years. */
export type RangeProblem = 'reversed' | 'too-long';

export function rangeProblem(from: CalendarDay, to: CalendarDay): RangeProblem | null {
  if (from > to) return 'reversed';
  // `to` must come before the same day MAX_RANGE_YEARS later (compared as ISO days: a 29 February has no twin, and needs none).
  const limit = `${yyyy(Number(from.slice(0, 4)) + MAX_RANGE_YEARS)}${from.slice(4)}`;
  return to < limit ? null : 'too-long';
}

/** A fixed period from its label (`2026-11`, `2026-Q4`, `2026`), or null when the label is not one. */
export function parseFixedPeriod(label: string): FixedPeriod | null {
  const year = YEAR.exec(label);
  if (year) return yearPeriod(Number(year[1]));
  const quarter = QUARTER.exec(label);
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]));
  const month = MONTH.exec(label);
  if (month) return monthPeriod(Number(month[1]), Number(month[2]));
  return null;
}

/** Any period from its label: a fixed one, an ISO week (`2026-W48`) or a day (`2026-11-24`); null when it is none. */
export function parsePeriod(label: string): ReportPeriod | null {
  const fixed = parseFixedPeriod(label);
  if (fixed) return fixed;
  const week = WEEK.exec(label);
  if (week) {
    const year = Number(week[1]);
    const number = Number(week[2]);
    if (number < 1 || number > isoWeeksIn(year)) return null;
    const from = plusDays(isoWeekOneMonday(year), (number - 1) * 7);
    return { kind: 'week', label, from, to: plusDays(from, 6) };
  }
  if (isRealDay(label)) return { kind: 'day', label, from: label, to: label };
  return null;
}

/** A range of days, both included; null when either is not a day, or the range has a problem (see rangeProblem). */
export function rangePeriod(from: string, to: string): ReportPeriod | null {
  if (!isRealDay(from) || !isRealDay(to) || rangeProblem(from, to) !== null) return null;
  return { kind: 'range', label: `${from}..${to}`, from, to };
}

/** The fixed period of that kind holding the day. */
export function fixedPeriodOf(kind: FixedPeriodKind, day: CalendarDay): FixedPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return yearPeriod(year);
  if (kind === 'quarter') return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
  return monthPeriod(year, month);
}

/** The fixed period of the same kind that follows. */
export function nextFixedPeriod(period: FixedPeriod): FixedPeriod {
  return fixedPeriodOf(period.kind, plusDays(period.to, 1));
}

/** A period is closed once its last day is over at the centre. */
export function isClosed(period: Pick<ReportPeriod, 'to'>, now: Date, timeZone: string): boolean {
  return dayIn(now, timeZone) > period.to;
}

/** The calendar year it is at the centre at that instant (the default report period). */
export function currentYear(now: Date, timeZone: string): FixedPeriod {
  return fixedPeriodOf('year', dayIn(now, timeZone));
}
