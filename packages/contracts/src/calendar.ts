/**
 * Calendar days in a time zone (a centre's "today", a task due on a day, a report's period), with
 * the runtime's own zone data (Intl). Pure functions, shared so that every service draws the line
 * between two days at the same instant.
 */

/** A calendar day as `YYYY-MM-DD`, in some time zone. ISO days compare as strings. */
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

/** Whether `day` comes after `reference` (a day not yet come, when `reference` is today). */
export function isAfterDay(day: CalendarDay, reference: CalendarDay): boolean {
  return day > reference;
}

/**
 * The first instant of a calendar day in the zone. That is local midnight, except where the clocks
 * jump forward at midnight (America/Santiago, America/Havana): then the day starts at the jump, 01:00.
 */
export function startOfDay(day: CalendarDay, timeZone: string): Date {
  const midnight = parseDay(day);
  // The zone's offset just before and just after any change near that midnight.
  const candidates = [offsetAt(midnight - DAY_MS, timeZone), offsetAt(midnight + DAY_MS, timeZone)].map((offset) => midnight - offset);
  const inDay = candidates.filter((instant) => dayIn(new Date(instant), timeZone) === day);
  return new Date(inDay.length > 0 ? Math.min(...inDay) : midnight - offsetAt(midnight, timeZone));
}

/** The instant the day ends: the next day's first instant (excluded from the day). */
export function endOfDay(day: CalendarDay, timeZone: string): Date {
  return startOfDay(addDays(day, 1), timeZone);
}

/** The first instant of the day `days` after the one it is in the zone at `now` (1: tomorrow's start). */
export function startOfDayAfter(now: Date, days: number, timeZone: string): Date {
  return startOfDay(addDays(dayIn(now, timeZone), days), timeZone);
}
