import { addDays, dayIn, endOfDay, isAfterDay, startOfDay, startOfDayAfter } from './calendar';

describe("calendar days in a centre's time zone", () => {
  it.each([
    // Tijuana: clocks forward at 02:00 on 8 March 2026 (a 23-hour day), back at 02:00 on 1 November 2026 (25 hours).
    ['2026-11-30', 'America/Tijuana', '2026-11-30T08:00:00.000Z', '2026-12-01T08:00:00.000Z', 'winter time, UTC-8'],
    ['2026-07-15', 'America/Tijuana', '2026-07-15T07:00:00.000Z', '2026-07-16T07:00:00.000Z', 'summer time, UTC-7'],
    ['2026-03-08', 'America/Tijuana', '2026-03-08T08:00:00.000Z', '2026-03-09T07:00:00.000Z', 'the clocks go forward at 02:00'],
    ['2027-03-14', 'America/Tijuana', '2027-03-14T08:00:00.000Z', '2027-03-15T07:00:00.000Z', 'the clocks go forward at 02:00'],
    ['2026-11-01', 'America/Tijuana', '2026-11-01T07:00:00.000Z', '2026-11-02T08:00:00.000Z', 'the clocks go back at 02:00'],
    // Mexico City has kept standard time all year since 2022.
    ['2026-04-05', 'America/Mexico_City', '2026-04-05T06:00:00.000Z', '2026-04-06T06:00:00.000Z', 'no daylight saving time since 2022'],
    ['2026-11-24', 'America/Mexico_City', '2026-11-24T06:00:00.000Z', '2026-11-25T06:00:00.000Z', 'no daylight saving time since 2022'],
    ['2026-12-31', 'America/Mexico_City', '2026-12-31T06:00:00.000Z', '2027-01-01T06:00:00.000Z', 'the last day of the year'],
    // Where the clocks jump at midnight, a day starts at 01:00 or has its first hour twice.
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z', 'midnight does not exist: the day starts at 01:00'],
    ['2026-04-05', 'America/Santiago', '2026-04-05T04:00:00.000Z', '2026-04-06T04:00:00.000Z', 'the clocks go back at midnight, to 23:00 the day before'],
    ['2026-03-08', 'America/Havana', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z', 'midnight does not exist: the day starts at 01:00'],
    ['2026-03-07', 'America/Havana', '2026-03-07T05:00:00.000Z', '2026-03-08T05:00:00.000Z', 'the day before the jump ends at it'],
    ['2026-11-01', 'America/Havana', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z', 'the clocks go back at 01:00 to midnight: the first hour twice'],
    ['2026-01-01', 'Asia/Kolkata', '2025-12-31T18:30:00.000Z', '2026-01-01T18:30:00.000Z', 'a half-hour offset ahead of UTC'],
    ['2026-01-01', 'Pacific/Kiritimati', '2025-12-31T10:00:00.000Z', '2026-01-01T10:00:00.000Z', 'UTC+14'],
    ['2026-01-01', 'UTC', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', 'UTC'],
  ])('%s in %s runs from %s to %s (%s)', (day, zone, start, end) => {
    expect(startOfDay(day, zone).toISOString()).toBe(start);
    expect(endOfDay(day, zone).toISOString()).toBe(end);
    expect(dayIn(new Date(start), zone)).toBe(day);
    expect(dayIn(new Date(new Date(start).getTime() - 1), zone)).toBe(addDays(day, -1));
    expect(dayIn(new Date(new Date(end).getTime() - 1), zone)).toBe(day);
  });

  it.each(['America/Tijuana', 'America/Mexico_City', 'America/Santiago', 'America/Havana', 'Asia/Kathmandu'])(
    'in %s, every day of 2026 starts exactly where the previous one ends',
    (zone) => {
      const wrong: string[] = [];
      for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
        const start = startOfDay(day, zone).getTime();
        if (dayIn(new Date(start), zone) !== day || dayIn(new Date(start - 1), zone) !== addDays(day, -1)) wrong.push(day);
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each([
    ['2026-12-01T07:30:00.000Z', 'America/Tijuana', '2026-11-30'],
    ['2026-12-01T08:00:00.000Z', 'America/Tijuana', '2026-12-01'],
    ['2026-11-24T05:30:00.000Z', 'America/Mexico_City', '2026-11-23'],
    ['2026-12-01T07:30:00.000Z', 'UTC', '2026-12-01'],
    ['2026-11-30T19:00:00.000Z', 'Asia/Kolkata', '2026-12-01'],
  ])('%s is on a day of %s: %s', (instant, zone, day) => {
    expect(dayIn(new Date(instant), zone)).toBe(day);
  });

  it('counts days across months, years and leap days', () => {
    expect(addDays('2026-12-29', 6)).toBe('2027-01-04');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-11-24', 0)).toBe('2026-11-24');
  });

  it('tells a day still to come from today', () => {
    expect(isAfterDay('2026-11-24', '2026-11-23')).toBe(true);
    expect(isAfterDay('2026-11-23', '2026-11-23')).toBe(false);
    expect(isAfterDay('2025-12-31', '2026-01-01')).toBe(false);
  });

  it.each([
    ['Tijuana, a morning in November', '2026-11-23T15:00:00.000Z', 1, 'America/Tijuana', '2026-11-24T08:00:00.000Z'],
    ['Tijuana, late evening local time (already the next day in UTC)', '2026-11-24T07:30:00.000Z', 1, 'America/Tijuana', '2026-11-24T08:00:00.000Z'],
    ['Tijuana, a week across the spring clock change', '2026-03-07T20:00:00.000Z', 7, 'America/Tijuana', '2026-03-14T07:00:00.000Z'],
    ['Mexico City (no clock changes)', '2026-11-23T15:00:00.000Z', 1, 'America/Mexico_City', '2026-11-24T06:00:00.000Z'],
    ['Santiago, where the day of the clock change starts at 01:00', '2026-09-05T15:00:00.000Z', 1, 'America/Santiago', '2026-09-06T04:00:00.000Z'],
    ['Havana, where the day of the clock change starts at 01:00', '2026-03-07T15:00:00.000Z', 1, 'America/Havana', '2026-03-08T05:00:00.000Z'],
    ['Kathmandu (UTC+05:45)', '2026-11-23T15:00:00.000Z', 1, 'Asia/Kathmandu', '2026-11-23T18:15:00.000Z'],
  ])('the start of a day to come: %s', (_case, now, days, timeZone, expected) => {
    expect(startOfDayAfter(new Date(now), days, timeZone).toISOString()).toBe(expected);
  });
});
