import { addDays, dayIn, startOfDay, type CalendarDay } from '@corredor/contracts';

const DAY_MS = 86_400_000;

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
  /** Per UTC day (days since 1970), the days an instant of it may fall on at the centre, each with its start; null outside the span. */
  private readonly near = new Map<number, ReadonlyArray<{ day: CalendarDay; start: number }> | null>();

  constructor(
    private readonly first: CalendarDay,
    private readonly last: CalendarDay,
    private readonly timeZone: string,
  ) {}

  dayOf(instant: Date): CalendarDay {
    const time = instant.getTime();
    const near = Number.isNaN(time) ? null : this.nearDays(Math.floor(time / DAY_MS));
    if (!near) return dayIn(instant, this.timeZone);
    let found: CalendarDay | null = null;
    for (const { day, start } of near) {
      if (start <= time) found = day;
    }
    return found ?? dayIn(instant, this.timeZone);
  }

  private nearDays(utcDayNumber: number): ReadonlyArray<{ day: CalendarDay; start: number }> | null {
    let near = this.near.get(utcDayNumber);
    if (near === undefined) {
      const utcDay = new Date(utcDayNumber * DAY_MS).toISOString().slice(0, 10);
      // The day before the UTC day must be in the span too (ISO days compare as strings; a year past 9999 sorts first).
      near = utcDay <= this.first || utcDay > this.last ? null : [addDays(utcDay, -1), utcDay, addDays(utcDay, 1)].map((day) => ({ day, start: this.startOf(day) }));
      this.near.set(utcDayNumber, near);
    }
    return near;
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
