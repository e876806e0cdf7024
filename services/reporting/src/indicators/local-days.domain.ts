import { addDays, dayIn, startOfDay, type CalendarDay } from '@corredor/contracts';

/**
 * The centre's calendar day of many instants, for a report over many cases: the starts of the days
 * of a span are computed once (a few time-zone look-ups a day), then each instant's day is a binary
 * search. Instants outside the span fall back to a look-up of their own.
 */
export class LocalDays {
  private readonly starts: number[] = [];
  private readonly days: CalendarDay[] = [];

  constructor(
    first: CalendarDay,
    last: CalendarDay,
    private readonly timeZone: string,
  ) {
    for (let day = first; day <= addDays(last, 1); day = addDays(day, 1)) {
      this.starts.push(startOfDay(day, timeZone).getTime());
      this.days.push(day);
    }
  }

  dayOf(instant: Date): CalendarDay {
    const time = instant.getTime();
    const { starts, days } = this;
    const [first, end] = [starts[0], starts[starts.length - 1]];
    if (first === undefined || end === undefined || time < first || time >= end) return dayIn(instant, this.timeZone);
    let [low, high] = [0, starts.length - 1];
    // The last day whose start is at or before the instant.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? Infinity) <= time) low = middle;
      else high = middle - 1;
    }
    return days[low] ?? dayIn(instant, this.timeZone);
  }
}
