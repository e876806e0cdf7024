import type { StatisticsConsentRepository } from './statistics-consent';

const personId = '22222222-0000-4000-8000-000000000001';
const change = (state: 'given' | 'withdrawn', at: string, tenant = 'tijuana') => ({ tenant, personId, state, changedAt: new Date(at) });

export function describeStatisticsConsentRepositoryContract(name: string, setup: () => Promise<StatisticsConsentRepository>): void {
  describe(`${name} statistics-consent repository`, () => {
    let consents: StatisticsConsentRepository;
    beforeEach(async () => {
      consents = await setup();
    });

    it("keeps each person's latest word, per centre, whatever order the changes arrive in", async () => {
      expect(await consents.isWithdrawn('tijuana', personId)).toBe(false);
      await consents.record(change('withdrawn', '2026-11-24T09:00:00Z'));
      expect(await consents.isWithdrawn('tijuana', personId)).toBe(true);
      expect(await consents.isWithdrawn('tapachula', personId)).toBe(false);
      await consents.record(change('given', '2026-11-20T09:00:00Z'));
      expect(await consents.isWithdrawn('tijuana', personId)).toBe(true);
      await consents.record(change('given', '2026-11-25T09:00:00Z'));
      expect(await consents.isWithdrawn('tijuana', personId)).toBe(false);
      await consents.record(change('withdrawn', '2026-11-25T09:00:00Z'));
      await consents.record(change('given', '2026-11-25T09:00:00Z'));
      await consents.record(change('withdrawn', '2026-11-25T09:00:00Z'));
      expect(await consents.isWithdrawn('tijuana', personId)).toBe(true);
    });
  });
}
