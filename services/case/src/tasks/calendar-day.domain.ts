/**
 * Calendar days in a centre's time zone, with the runtime's own zone data (Intl): the same approach
 * as reporting's report periods (services/reporting/src/people-served/report-period.domain.ts),
 * which services may not import from each other.
 */

/** A calendar day as `YYYY-MM-DD`, in some time zone. */
export type CalendarDay = string;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in the zone at that instant, written as if it were UTC (milliseconds dropped). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
}

/** How far the zone's clocks are ahead of UTC at that instant. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

function parseDay(day: CalendarDay): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year ?? NaN, (month ?? NaN) - 1, date ?? NaN);
}

const format = (utcMidnight: number): CalendarDay => new Date(utcMidnight).toISOString().slice(0, 10);

/** The calendar day it is in the zone at that instant. */
export function dayIn(instant: Date, timeZone: string): CalendarDay {
  return format(wallClock(instant.getTime(), timeZone));
}

/** The day `days` after (or before, when negative) that day. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  return format(parseDay(day) + days * DAY_MS);
}

/**
 * The first instant of a calendar day in the zone. That is local midnight, except where the clocks
 * jump forward at midnight (America/Santiago): then the day starts at the jump, 01:00.
 */
export function startOfDay(day: CalendarDay, timeZone: string): Date {
  const midnight = parseDay(day);
  // The zone's offset just before and just after any change near that midnight.
  const candidates = [offsetAt(midnight - DAY_MS, timeZone), offsetAt(midnight + DAY_MS, timeZone)].map((offset) => midnight - offset);
  const inDay = candidates.filter((instant) => dayIn(new Date(instant), timeZone) === day);
  return new Date(inDay.length > 0 ? Math.min(...inDay) : midnight - offsetAt(midnight, timeZone));
}

/** The instant the day ends (the next day's first instant). */
export function endOfDay(day: CalendarDay, timeZone: string): Date {
  return startOfDay(addDays(day, 1), timeZone);
}
