const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in the zone at that instant, written as if it were UTC (milliseconds dropped). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
}

const HOUR = 3_600_000;

/**
 * The first instant of the day `days` after the one it is in the zone at `now` (1: tomorrow).
 * Searches the hours around local midnight, so days that start at 01:00 (a clock change at
 * midnight) are right too.
 */
export function startOfDayAfter(now: Date, days: number, timeZone: string): Date {
  const today = new Date(wallClock(now.getTime(), timeZone));
  const target = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days);
  // Local midnight is within ±14 hours of UTC midnight; the first instant whose local day is the target.
  let instant = target - 15 * HOUR;
  while (wallClock(instant, timeZone) < target) instant += HOUR / 4;
  while (wallClock(instant - 60_000, timeZone) >= target) instant -= 60_000;
  return new Date(instant);
}
