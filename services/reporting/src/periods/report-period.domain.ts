import { addDays, dayIn, endOfDay, startOfDay, type CalendarDay } from '@corredor/contracts';

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
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthPeriod(year: number, month: number): FixedPeriod {
  return { kind: 'month', label: `${year}-${pad(month)}`, from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}` };
}

function quarterPeriod(year: number, quarter: number): FixedPeriod {
  const first = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', label: `${year}-Q${quarter}`, from: `${year}-${pad(first)}-01`, to: monthPeriod(year, first + 2).to };
}

function yearPeriod(year: number): FixedPeriod {
  return { kind: 'year', label: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The Monday of ISO week 1 of the year (the week with the year's first Thursday). */
function isoWeekOneMonday(year: number): CalendarDay {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7;
  return addDays(`${year}-01-04`, -weekday);
}

function isoWeeksIn(year: number): number {
  return (Date.parse(isoWeekOneMonday(year + 1)) - Date.parse(isoWeekOneMonday(year))) / (7 * 86_400_000);
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isRealDay = (day: string) => DAY.test(day) && !Number.isNaN(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

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
    const from = addDays(isoWeekOneMonday(year), (number - 1) * 7);
    return { kind: 'week', label, from, to: addDays(from, 6) };
  }
  if (isRealDay(label)) return { kind: 'day', label, from: label, to: label };
  return null;
}

/** A range of days, both included; null when either is not a day or they are the wrong way round. */
export function rangePeriod(from: string, to: string): ReportPeriod | null {
  if (!isRealDay(from) || !isRealDay(to) || from > to) return null;
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
  return fixedPeriodOf(period.kind, addDays(period.to, 1));
}

/** A period is closed once its last day is over at the centre. */
export function isClosed(period: Pick<ReportPeriod, 'to'>, now: Date, timeZone: string): boolean {
  return dayIn(now, timeZone) > period.to;
}

/** The calendar year it is at the centre at that instant (the default report period). */
export function currentYear(now: Date, timeZone: string): FixedPeriod {
  return fixedPeriodOf('year', dayIn(now, timeZone));
}
