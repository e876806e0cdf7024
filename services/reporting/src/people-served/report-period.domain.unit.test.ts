import { dayIn, periodOfDays, startOfDay, yearIn } from './report-period.domain';

describe("calendar days in a centre's time zone", () => {
  it.each([
    ['2026-11-30', 'America/Tijuana', '2026-11-30T08:00:00.000Z', 'winter time, UTC-8'],
    ['2026-07-15', 'America/Tijuana', '2026-07-15T07:00:00.000Z', 'summer time, UTC-7'],
    ['2026-03-08', 'America/Tijuana', '2026-03-08T08:00:00.000Z', 'the day the clocks go forward at 02:00'],
    ['2026-03-09', 'America/Tijuana', '2026-03-09T07:00:00.000Z', 'the day after'],
    ['2026-11-01', 'America/Tijuana', '2026-11-01T07:00:00.000Z', 'the day the clocks go back at 02:00'],
    ['2026-11-02', 'America/Tijuana', '2026-11-02T08:00:00.000Z', 'the day after'],
    ['2026-04-05', 'America/Mexico_City', '2026-04-05T06:00:00.000Z', 'no daylight saving time since 2022'],
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', 'midnight does not exist: the day starts at 01:00'],
    ['2026-04-05', 'America/Santiago', '2026-04-05T04:00:00.000Z', 'the clocks go back at midnight'],
    ['2026-01-01', 'Asia/Kolkata', '2025-12-31T18:30:00.000Z', 'a half-hour offset ahead of UTC'],
    ['2026-01-01', 'Pacific/Kiritimati', '2025-12-31T10:00:00.000Z', 'UTC+14'],
    ['2026-01-01', 'UTC', '2026-01-01T00:00:00.000Z', 'UTC'],
  ])('%s in %s starts at %s (%s)', (day, zone, start) => {
    expect(startOfDay(day, zone).toISOString()).toBe(start);
  });

  it('makes a period of whole local days, both included, across a change of the clocks', () => {
    const november = periodOfDays('2026-11-01', '2026-11-30', 'America/Tijuana');
    expect(november.from.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(november.to.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    const newYear = periodOfDays('2026-12-31', '2026-12-31', 'America/Mexico_City');
    expect([newYear.from.toISOString(), newYear.to.toISOString()]).toEqual(['2026-12-31T06:00:00.000Z', '2027-01-01T06:00:00.000Z']);
  });

  it.each([
    ['2026-12-01T07:30:00.000Z', 'America/Tijuana', '2026-11-30'],
    ['2026-12-01T08:00:00.000Z', 'America/Tijuana', '2026-12-01'],
    ['2026-12-01T07:30:00.000Z', 'UTC', '2026-12-01'],
    ['2026-11-30T19:00:00.000Z', 'Asia/Kolkata', '2026-12-01'],
  ])('%s is on a day of %s: %s', (instant, zone, day) => {
    expect(dayIn(new Date(instant), zone)).toBe(day);
  });

  it("takes the year from the centre's own calendar", () => {
    expect(yearIn(new Date('2027-01-01T05:00:00.000Z'), 'America/Tijuana')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(yearIn(new Date('2027-01-01T05:00:00.000Z'), 'UTC')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });
});
