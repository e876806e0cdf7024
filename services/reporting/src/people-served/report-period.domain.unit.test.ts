import { periodOfDays, yearIn } from './report-period.domain';

describe("report periods in a centre's time zone", () => {
  it('makes a period of whole local days, both included, across a change of the clocks', () => {
    const november = periodOfDays('2026-11-01', '2026-11-30', 'America/Tijuana');
    expect(november.from.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(november.to.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    const newYear = periodOfDays('2026-12-31', '2026-12-31', 'America/Mexico_City');
    expect([newYear.from.toISOString(), newYear.to.toISOString()]).toEqual(['2026-12-31T06:00:00.000Z', '2027-01-01T06:00:00.000Z']);
  });

  it("takes the year from the centre's own calendar", () => {
    expect(yearIn(new Date('2027-01-01T05:00:00.000Z'), 'America/Tijuana')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(yearIn(new Date('2027-01-01T05:00:00.000Z'), 'UTC')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });
});
