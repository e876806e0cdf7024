import { addDays, dayIn, startOfDay, type CalendarDay } from '@corredor/contracts';

/**
 * The centre's calendar day of many instants, for a report over many cases. An instant's day in
 * any zone is its UTC day, the one before or the one after; the start of each of those days in the
 * zone is looked up once (a few time-zone look-ups), when first needed, then the instant's day is
 * the last whose start is not after it. Nothing is computed ahead: a span of any length costs only
 * the days its instants fall near. Instants whose days may lie outside the span `first`..`last`
 * fall back to a look-up of their own.
 */
export class LocalDays {
  private readonly starts = new Map<CalendarDay, number>();

  constructor(
    private readonly first: CalendarDay,
    private readonly last: CalendarDay,
    private readonly timeZone: string,
  ) {}

  dayOf(instant: Date): CalendarDay {
    const time = instant.getTime();
    const utcDay = Number.isNaN(time) ? null : instant.toISOString().slice(0, 10);
    // The day before the UTC day must be in the span too (ISO days compare as strings; a year past 9999 sorts first).
    if (utcDay === null || utcDay <= this.first || utcDay > this.last) return dayIn(instant, this.timeZone);
    let found: CalendarDay | null = null;
    for (const day of [addDays(utcDay, -1), utcDay, addDays(utcDay, 1)]) {
      if (this.startOf(day) <= time) found = day;
    }
    return found ?? dayIn(instant, this.timeZone);
  }

  private startOf(day: CalendarDay): number {
    let start = this.starts.get(day);
    if (start === undefined) {
      start = startOfDay(day, this.timeZone).getTime();
      this.starts.set(day, start);
    }
    return start;
  }
}
