import { startOfDayAfter } from './day-boundaries';

describe("day boundaries in a centre's time zone", () => {
  it.each([
    ['Tijuana, a morning in November', '2026-11-23T15:00:00.000Z', 1, 'America/Tijuana', '2026-11-24T08:00:00.000Z'],
    ['Tijuana, late evening local time (already the next day in UTC)', '2026-11-24T07:30:00.000Z', 1, 'America/Tijuana', '2026-11-24T08:00:00.000Z'],
    ['Tijuana, a week across the spring clock change', '2026-03-07T20:00:00.000Z', 7, 'America/Tijuana', '2026-03-14T07:00:00.000Z'],
    ['Mexico City (no clock changes)', '2026-11-23T15:00:00.000Z', 1, 'America/Mexico_City', '2026-11-24T06:00:00.000Z'],
    ['Santiago, where the day of the clock change starts at 01:00', '2026-09-05T15:00:00.000Z', 1, 'America/Santiago', '2026-09-06T04:00:00.000Z'],
    ['Kathmandu (UTC+05:45)', '2026-11-23T15:00:00.000Z', 1, 'Asia/Kathmandu', '2026-11-23T18:15:00.000Z'],
  ])('%s', (_case, now, days, timeZone, expected) => {
    expect(startOfDayAfter(new Date(now), days, timeZone).toISOString()).toBe(expected);
  });
});
