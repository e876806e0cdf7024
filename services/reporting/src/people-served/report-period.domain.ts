import { dayIn, endOfDay, startOfDay, type CalendarDay } from '@corredor/contracts';
import type { Period } from './served-person';

/** The period from the start of `from` to the end of `to` (both days included) in the zone. */
export function periodOfDays(from: CalendarDay, to: CalendarDay, timeZone: string): Period {
  return { from: startOfDay(from, timeZone), to: endOfDay(to, timeZone) };
}

/** The calendar year it is in the zone at that instant, as its first and last day. */
export function yearIn(instant: Date, timeZone: string): { from: CalendarDay; to: CalendarDay } {
  const year = dayIn(instant, timeZone).slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
