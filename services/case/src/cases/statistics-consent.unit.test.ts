import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MemoryOutbox, VersionConflictError } from '@corredor/persistence';
import { randomUUID } from 'node:crypto';
import { MemoryConsentRepository } from '../consents/consent.repository.memory';
import { assignCase, factsOfIntake, openCase, type Case } from './case.domain';
import type { CaseWrite } from './case.repository';
import { MemoryCaseRepository } from './case.repository.memory';
import { countInStatisticsUseCase } from './count-in-statistics.use-case';
import * as openCaseSubscriber from './open-case.subscriber';
import { intakeSubmitted } from './test-fixtures';

const now = new Date('2026-11-24T10:00:00.000Z');
const cause = { correlationId: 'req-w', causationId: 'evt-w' };
const context = { attempt: 1, heartbeat: async () => {} };

/** A case store where a member of staff assigns the case just before each of the first `races` saves of a consent change. */
class RacingCases extends MemoryCaseRepository {
  races: number;
  constructor(races: number) {
    super(new MemoryOutbox(), new TestCentreKeys());
    this.races = races;
  }

  override async update(kase: Case, expectedVersion: number, write: CaseWrite): Promise<void> {
    if (this.races > 0 && write.history.some((entry) => entry.kind === 'consent')) {
      this.races -= 1;
      const current = await this.findById(kase.tenant, kase.id);
      if (!current) throw new Error('no case');
      const assigned = assignCase(current, { assignee: `staff-${this.races}` }, { now, actor: 'coord' });
      await super.update(assigned.case, current.version, { events: [], history: [] });
    }
    return super.update(kase, expectedVersion, write);
  }
}

async function aCaseIn(cases: MemoryCaseRepository, tenant = 'tijuana', personId: string = randomUUID()) {
  const decision = openCase(factsOfIntake(intakeSubmitted(tenant, { personId }).data, now), { caseId: randomUUID(), tenant, now, actor: null });
  await cases.add(decision.case, { events: [], history: [] });
  return decision.case;
}

describe("following a person's statistics consent on their cases", () => {
  it('retries on a case a member of staff changed meanwhile, keeping both changes', async () => {
    const cases = new RacingCases(1);
    const kase = await aCaseIn(cases);
    await countInStatisticsUseCase({ cases, clock: () => now, outboxWritten: () => {} }, { tenant: 'tijuana', personId: kase.personId, counted: false, cause });
    expect(await cases.findById('tijuana', kase.id)).toMatchObject({ countInStatistics: false, assignee: 'staff-0', version: 3 });
    expect((await cases.history('tijuana', kase.id, { before: null, limit: 10 })).map((entry) => entry.kind)).toEqual(['consent']);
  });

  it('gives up after a few conflicts, so the consumer redelivers the event', async () => {
    const cases = new RacingCases(10);
    const kase = await aCaseIn(cases);
    await expect(
      countInStatisticsUseCase({ cases, clock: () => now, outboxWritten: () => {} }, { tenant: 'tijuana', personId: kase.personId, counted: false, cause }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    expect(await cases.findById('tijuana', kase.id)).toMatchObject({ countInStatistics: true });
  });
});

describe('opening a case after the statistics consent was withdrawn', () => {
  async function open(withdrawnAt: string | null, consents = [{ purpose: 'store-data' as const }, { purpose: 'statistics' as const }]) {
    const cases = new MemoryCaseRepository(new MemoryOutbox(), new TestCentreKeys());
    const projection = new MemoryConsentRepository();
    const personId = randomUUID();
    if (withdrawnAt) await projection.record({ tenant: 'tijuana', personId, scope: { purpose: 'statistics' }, given: false, at: new Date(withdrawnAt) });
    const event = intakeSubmitted('tijuana', { personId, consents, submittedAt: '2026-11-23T14:00:00.000Z' });
    await openCaseSubscriber.handler({ cases, clock: () => now, outboxWritten: () => {}, consents: projection })(event, context);
    return cases.findByIntake('tijuana', event.data.intakeId);
  }

  it('does not count the person when the projection already holds a later withdrawal (it came first, on the other topic)', async () => {
    expect(await open('2026-11-23T15:00:00.000Z')).toMatchObject({ countInStatistics: false });
  });

  it('goes by the intake when the withdrawal is older than it, or there is none', async () => {
    expect(await open('2026-11-20T15:00:00.000Z')).toMatchObject({ countInStatistics: true });
    expect(await open(null)).toMatchObject({ countInStatistics: true });
    expect(await open(null, [{ purpose: 'store-data' }])).toMatchObject({ countInStatistics: false });
  });
});
