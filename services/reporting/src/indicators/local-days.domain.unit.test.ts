import { dayIn } from '@corredor/contracts';
import { LocalDays } from './local-days.domain';

describe("an instant's day at the centre", () => {
  it('is the day the time zone says, across a change of the clocks and outside the span computed', () => {
    const days = new LocalDays('2026-10-30', '2026-11-03', 'America/Tijuana');
    const instants = [
      '2026-10-01T12:00:00Z',
      '2026-10-31T06:59:59Z',
      '2026-10-31T07:00:00Z',
      '2026-11-01T06:59:59Z',
      '2026-11-01T07:00:00Z',
      '2026-11-01T08:30:00Z',
      '2026-11-02T07:59:59Z',
      '2026-11-02T08:00:00Z',
      '2026-11-04T07:59:59Z',
      '2026-11-04T08:00:00Z',
      '2027-01-01T00:00:00Z',
    ].map((iso) => new Date(iso));
    expect(instants.map((instant) => days.dayOf(instant))).toEqual(instants.map((instant) => dayIn(instant, 'America/Tijuana')));
    expect(days.dayOf(new Date('2026-11-01T07:00:00Z'))).toBe('2026-11-01');
    expect(days.dayOf(new Date('2026-11-02T07:59:59Z'))).toBe('2026-11-01');
  });
});
