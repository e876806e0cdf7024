import { consentGivenV1, consentWithdrawnV1, createEvent, intakeSubmittedV3, type ConsentScope } from '@corredor/contracts';
import { MemoryOutbox, MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp } from '@corredor/service-kit';
import { deliverEvents, testAppDeps } from '@corredor/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { factsOfIntake, openCase } from '../cases/case.domain';
import { MemoryCaseRepository } from '../cases/case.repository.memory';
import { countInStatisticsUseCase } from '../cases/count-in-statistics.use-case';
import { consentProjection } from './consent-projection';

const meta = (tenant: string, personId: string) => ({ tenant, source: '/corredor/intake', correlationId: 'req-1', causationId: 'req-1', subject: personId });

function intake(tenant: string, personId: string, consents: ConsentScope[]) {
  return createEvent(
    intakeSubmittedV3,
    {
      intakeId: randomUUID(),
      personId,
      returning: false,
      caseAction: 'open-new',
      alias: 'Marie Joseph',
      sex: 'female',
      yearOfBirth: 1994,
      nationalities: ['HT'],
      languages: ['ht', 'fr'],
      preferredLanguage: 'ht',
      needsInterpreter: true,
      riskFlags: [],
      consents,
      migratoryStatus: null,
      interviewedBy: 'ana',
      submittedAt: '2026-11-23T14:00:00.000Z',
    },
    meta(tenant, personId),
  );
}

const given = (tenant: string, personId: string, scope: ConsentScope, at: string) =>
  createEvent(consentGivenV1, { personId, consentId: randomUUID(), scope, givenAt: at }, meta(tenant, personId));
const withdrawn = (tenant: string, personId: string, scope: ConsentScope, at: string) =>
  createEvent(consentWithdrawnV1, { personId, consentId: randomUUID(), scope, withdrawnAt: at }, meta(tenant, personId));

async function setup() {
  const deps = testAppDeps();
  const feature = consentProjection({ mongo: null });
  const built = buildServiceApp(
    {
      name: 'case',
      errorPrefix: 'CASE',
      defaultPort: 0,
      create: () => ({ api: new ApiRoutes('case'), subscriptions: feature.subscriptions, processed: new MemoryProcessedEvents(), isStoreReachable: feature.isReachable }),
    },
    deps,
  );
  await built.startConsuming();
  return { consents: feature.consents, deliver: (...events: Parameters<typeof deliverEvents>[1]) => deliverEvents(deps.bus, events) };
}

describe('the consent projection', () => {
  it("learns a person's consents from their intake, per centre", async () => {
    const { consents, deliver } = await setup();
    const person = randomUUID();
    await deliver(intake('tijuana', person, [{ purpose: 'store-data' }, { purpose: 'transfer' }, { purpose: 'contact', channel: 'whatsapp' }]));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(true);
    expect(await consents.hasConsent('tijuana', person, { purpose: 'contact', channel: 'whatsapp' })).toBe(true);
    expect(await consents.hasConsent('tijuana', person, { purpose: 'contact', channel: 'phone' })).toBe(false);
    expect(await consents.hasConsent('tijuana', person, 'statistics')).toBe(false);
    expect(await consents.hasConsent('tapachula', person, 'transfer')).toBe(false);
  });

  it('follows consents given and withdrawn after the intake', async () => {
    const { consents, deliver } = await setup();
    const person = randomUUID();
    await deliver(intake('tijuana', person, [{ purpose: 'store-data' }]));
    await deliver(given('tijuana', person, { purpose: 'transfer' }, '2026-11-24T10:00:00.000Z'));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(true);
    await deliver(withdrawn('tijuana', person, { purpose: 'transfer' }, '2026-11-25T10:00:00.000Z'));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(false);
    expect(await consents.hasConsent('tijuana', person, 'store-data')).toBe(true);
  });

  it('keeps a withdrawal when the same consent event is delivered again, or an older one arrives late', async () => {
    const { consents, deliver } = await setup();
    const person = randomUUID();
    const gift = given('tijuana', person, { purpose: 'transfer' }, '2026-11-24T10:00:00.000Z');
    await deliver(gift, withdrawn('tijuana', person, { purpose: 'transfer' }, '2026-11-25T10:00:00.000Z'));
    await deliver(gift, given('tijuana', person, { purpose: 'transfer' }, '2026-11-24T12:00:00.000Z'));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(false);
  });
});

describe("the person's cases follow their statistics consent", () => {
  async function setupWithCases() {
    // A clock a minute later at each reading, so the history's order shows.
    let minute = 0;
    const deps = testAppDeps({ clock: () => new Date(Date.UTC(2026, 10, 24, 15, minute++)) });
    const outbox = new MemoryOutbox();
    const cases = new MemoryCaseRepository(outbox, deps.keys);
    const caseStore = { cases, clock: deps.clock, outboxWritten: () => {} };
    const feature = consentProjection({ mongo: null, cases: { countInStatistics: (change) => countInStatisticsUseCase(caseStore, change) } });
    const built = buildServiceApp(
      {
        name: 'case',
        errorPrefix: 'CASE',
        defaultPort: 0,
        create: () => ({ api: new ApiRoutes('case'), subscriptions: feature.subscriptions, processed: new MemoryProcessedEvents(), isStoreReachable: feature.isReachable }),
      },
      deps,
    );
    await built.startConsuming();
    /** A case of the person at the centre, opened from their intake (counted: the intake had the statistics consent). */
    const caseOf = async (tenant: string, personId: string) => {
      const submitted = intake(tenant, personId, [{ purpose: 'store-data' }, { purpose: 'statistics' }]);
      const decision = openCase(factsOfIntake(submitted.data, deps.clock()), { caseId: randomUUID(), tenant, now: deps.clock(), actor: null });
      await cases.add(decision.case, { events: [], history: [] });
      await deliverEvents(deps.bus, [submitted]);
      return decision.case;
    };
    const counted = async (tenant: string, caseId: string) => (await cases.findById(tenant, caseId))?.countInStatistics;
    return { cases, caseOf, counted, deliver: (...events: Parameters<typeof deliverEvents>[1]) => deliverEvents(deps.bus, events) };
  }

  it('stops counting every case of the person at the centre on a withdrawal, and counts them again on a later consent', async () => {
    const { cases, caseOf, counted, deliver } = await setupWithCases();
    const person = randomUUID();
    const first = await caseOf('tijuana', person);
    const second = await caseOf('tijuana', person);
    const elsewhere = await caseOf('tapachula', person);
    expect(await counted('tijuana', first.id)).toBe(true);

    await deliver(withdrawn('tijuana', person, { purpose: 'statistics' }, '2026-11-24T10:00:00.000Z'));
    expect([await counted('tijuana', first.id), await counted('tijuana', second.id), await counted('tapachula', elsewhere.id)]).toEqual([false, false, true]);
    expect(await cases.findById('tijuana', first.id)).toMatchObject({ version: 2 });
    const history = await cases.history('tijuana', first.id, { before: null, limit: 10 });
    expect(history).toEqual([expect.objectContaining({ kind: 'consent', by: null, detail: { purpose: 'statistics', given: false } })]);

    await deliver(given('tijuana', person, { purpose: 'statistics' }, '2026-11-25T10:00:00.000Z'));
    expect([await counted('tijuana', first.id), await counted('tijuana', second.id)]).toEqual([true, true]);
    expect((await cases.history('tijuana', first.id, { before: null, limit: 10 })).map((entry) => entry.detail)).toEqual([
      { purpose: 'statistics', given: true },
      { purpose: 'statistics', given: false },
    ]);
  });

  it('changes nothing for another purpose, a late older withdrawal, or the same event again', async () => {
    const { cases, caseOf, counted, deliver } = await setupWithCases();
    const person = randomUUID();
    const kase = await caseOf('tijuana', person);
    await deliver(withdrawn('tijuana', person, { purpose: 'transfer' }, '2026-11-24T10:00:00.000Z'));
    expect(await counted('tijuana', kase.id)).toBe(true);
    const withdrawal = withdrawn('tijuana', person, { purpose: 'statistics' }, '2026-11-24T11:00:00.000Z');
    await deliver(withdrawal, given('tijuana', person, { purpose: 'statistics' }, '2026-11-25T10:00:00.000Z'));
    await deliver(withdrawal, withdrawn('tijuana', person, { purpose: 'statistics' }, '2026-11-24T12:00:00.000Z'));
    expect(await counted('tijuana', kase.id)).toBe(true);
    expect(await cases.findById('tijuana', kase.id)).toMatchObject({ version: 3 });
  });

  it("withdraws the statistics consent of a case opened before the projection learned the person's intake", async () => {
    const { caseOf, counted, deliver } = await setupWithCases();
    const person = randomUUID();
    // The withdrawal arrives before the intake's consents (two topics: no order between them).
    await deliver(withdrawn('tijuana', person, { purpose: 'statistics' }, '2026-11-24T10:00:00.000Z'));
    const kase = await caseOf('tijuana', person);
    expect(await counted('tijuana', kase.id)).toBe(false);
  });
});
