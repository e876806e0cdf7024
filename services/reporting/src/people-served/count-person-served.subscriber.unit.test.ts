import { caseOpenedV2, createEvent } from '@corredor/contracts';
import { randomUUID } from 'node:crypto';
import { MemoryStatisticsConsentRepository } from '../statistics-consents/statistics-consent.repository.memory';
import { handler } from './count-person-served.subscriber';
import { MemoryServedPersonRepository } from './served-person.repository.memory';

const november = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };

describe('counting a person served', () => {
  it('counts nobody whose statistics consent was withdrawn while their case was being recorded', async () => {
    const consents = new MemoryStatisticsConsentRepository();
    const store = new MemoryServedPersonRepository();
    const personId = randomUUID();
    // The withdrawal's subscriber runs between this handler's consent check and its write: it
    // records the withdrawal and removes the person's rows, finding none yet.
    const people = {
      record: async (person: Parameters<typeof store.record>[0]) => {
        await consents.record({ tenant: 'tijuana', personId, state: 'withdrawn', changedAt: new Date('2026-11-22T10:00:00Z') });
        await store.forgetPerson('tijuana', personId);
        await store.record(person);
      },
      forgetPerson: store.forgetPerson.bind(store),
      unlinkPerson: store.unlinkPerson.bind(store),
      report: store.report.bind(store),
      isReachable: store.isReachable.bind(store),
    };
    const caseId = randomUUID();
    const event = createEvent(
      caseOpenedV2,
      {
        caseId,
        intakeId: randomUUID(),
        personId,
        openedAt: '2026-11-20T10:00:00.000Z',
        priority: 'normal',
        riskFlags: [],
        countInStatistics: true,
        profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht'] },
      },
      { tenant: 'tijuana', source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId },
    );
    await handler({ people, consents })(event, { attempt: 1, heartbeat: async () => {} });
    expect((await store.report('tijuana', november)).total).toBe(0);
  });
});
