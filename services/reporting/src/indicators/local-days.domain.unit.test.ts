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

  it('is the day the time zone says all year, in zones far from UTC either way and where the clocks change at midnight', () => {
    for (const zone of ['America/Santiago', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata']) {
      const days = new LocalDays('2025-12-01', '2027-01-31', zone);
      // Either side of every half hour of the year: every local midnight of these zones is one.
      const instants = Array.from({ length: 2 * 48 * 365 }, (_, i) => new Date(Date.parse('2026-01-01T00:00:00Z') + Math.floor(i / 2) * 1_800_000 - (i % 2)));
      expect(instants.map((instant) => days.dayOf(instant))).toEqual(instants.map((instant) => dayIn(instant, zone)));
    }
  });

  it('computes nothing ahead: a span of a century costs only the days its instants fall near', () => {
    const lookups = jest.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const days = new LocalDays('2026-01-01', '2126-12-31', 'America/Tijuana');
      expect(lookups).not.toHaveBeenCalled();
      const instants = ['2026-11-01T06:59:59Z', '2026-11-01T07:00:00Z', '2026-11-01T12:00:00Z'].map((iso) => new Date(iso));
      expect(instants.map((instant) => days.dayOf(instant))).toEqual(['2026-10-31', '2026-11-01', '2026-11-01']);
      // Three days' starts at most (the UTC day and the days either side), a few look-ups each.
      const looked = lookups.mock.calls.length;
      expect(looked).toBeGreaterThan(0);
      expect(looked).toBeLessThanOrEqual(12);
      // Asked again, it looks nothing up.
      instants.forEach((instant) => days.dayOf(instant));
      expect(lookups.mock.calls.length).toBe(looked);
    } finally {
      lookups.mockRestore();
    }
  });
});
