import {
  caseClosedV1,
  caseTransferAcceptedV1,
  consentWithdrawnV1,
  createEvent,
  intakeSubmittedV3,
  TOPICS,
  type ConsentScope,
  type EventEnvelope,
  type RiskFlag,
  type Role,
} from '@corredor/contracts';
import { MemoryOutbox, MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps } from '@corredor/service-kit';
import { apiConformance, changeTestCentre, deliverEvents, testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { factsOfIntake, openCase, type OpenCaseFacts } from '../cases/case.domain';
import { MemoryCaseRepository } from '../cases/case.repository.memory';
import { consentProjection } from '../consents/consent-projection';
import { MemoryConsentRepository } from '../consents/consent.repository.memory';
import { transferFeature, type TransferFeature } from './transfer-feature';

/**
 * A case service holding only what transfers need (cases, the consent projection, transfers), on
 * in-memory stores and bus.
 */
async function transferTestService(overrides: Partial<AppDeps> = {}) {
  const deps = testAppDeps(overrides);
  const outbox = new MemoryOutbox();
  const cases = new MemoryCaseRepository(outbox, deps.keys);
  const consentStore = new MemoryConsentRepository();
  let feature: TransferFeature | null = null;
  const built = buildServiceApp(
    {
      name: 'case',
      errorPrefix: 'CASE',
      defaultPort: 0,
      create: ({ clock, centres, outboxWritten, keys }) => {
        const projection = consentProjection({ mongo: null, consents: consentStore });
        feature = transferFeature({ storage: { mongo: null, outbox }, cases, consents: projection.consents, centres, clock, outboxWritten, keys });
        const api = new ApiRoutes('case');
        feature.routes(api);
        return {
          api,
          subscriptions: [...projection.subscriptions, ...feature.subscriptions],
          processed: new MemoryProcessedEvents(),
          outbox,
          isStoreReachable: feature.isReachable,
        };
      },
    },
    deps,
  );
  await built.startConsuming();
  if (!feature) throw new Error('the feature was not built');
  const transfers: TransferFeature = feature;

  /** Publishes what the outbox holds and lets every subscriber handle it, until nothing more comes. */
  const settle = async () => {
    while ((await outbox.countPending()) > 0) {
      await built.relay?.publishBatch();
      await deps.bus.drain();
    }
  };
  const deliver = async (...events: EventEnvelope[]) => {
    await deliverEvents(deps.bus, events);
    await settle();
  };
  const caseEvents = (): EventEnvelope[] => deps.bus.messages(TOPICS.caseEvents).map((m) => JSON.parse(m.value) as EventEnvelope);
  const auth = async (centre: string, role: Role, userId = `${role}-${centre}`) => `Bearer ${await tokenFor(centre, [role], userId)}`;

  /** A person interviewed at `tenant` (their consents reach the projection) and the case opened for them. */
  const openCaseFor = async (tenant: string, options: { consents?: ConsentScope[]; riskFlags?: RiskFlag[] } = {}) => {
    const personId = randomUUID();
    const submitted = createEvent(
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
        riskFlags: options.riskFlags ?? [],
        consents: options.consents ?? [{ purpose: 'store-data' }, { purpose: 'transfer' }, { purpose: 'statistics' }],
        migratoryStatus: 'asylum-seeker',
        interviewedBy: 'ana',
        submittedAt: '2026-11-23T14:00:00.000Z',
      },
      { tenant, source: '/corredor/intake', correlationId: 'req-intake', causationId: 'req-intake', subject: personId },
    );
    await deliver(submitted);
    const now = deps.clock();
    const decision = openCase(factsOfIntake(submitted.data, now), { caseId: randomUUID(), tenant, now, actor: null });
    await cases.add(decision.case, { events: [], history: [] });
    return decision.case;
  };

  /** Another case of the same person at the same centre (a returning person's intake with open-new). */
  const anotherCaseOf = async (kase: { tenant: string; personId: string; alias: string; profile: OpenCaseFacts['profile'] }) => {
    const decision = openCase(
      { personId: kase.personId, intakeId: randomUUID(), alias: kase.alias, profile: kase.profile, riskFlags: [], countInStatistics: true, migratoryStatus: null, returning: true },
      { caseId: randomUUID(), tenant: kase.tenant, now: deps.clock(), actor: null },
    );
    await cases.add(decision.case, { events: [], history: [] });
    return decision.case;
  };

  return { ...built, deps, cases, consentStore, transfers, settle, deliver, caseEvents, auth, openCaseFor, anotherCaseOf };
}

const HIGH: RiskFlag = { screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' };
const REASON = 'Se muda a Tapachula; su hermana vive allí';

/** A clock a minute later at each reading, for histories whose order shows. */
function ticking() {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 10, 23, 15, minute++));
}

async function requested(options: { riskFlags?: RiskFlag[]; clock?: () => Date } = {}) {
  const s = await transferTestService(options.clock ? { clock: options.clock } : {});
  const origin = await s.openCaseFor('tijuana', options);
  const promoter = await s.auth('tijuana', 'promoter');
  const res = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', promoter).send({ toCentre: 'tapachula', reason: REASON });
  expect(res.status).toBe(201);
  await s.settle();
  const coordinator = await s.auth('tapachula', 'coordinator');
  return { ...s, origin, transferId: res.body.id as string, requestBody: res.body, promoter, coordinator };
}

/** Anything that would identify the person or their case at the origin. */
function expectNothingPersonal(body: unknown, origin: { alias: string; id: string; personId: string }, options: { originCaseId: 'hidden' | 'allowed' } = { originCaseId: 'hidden' }) {
  const text = JSON.stringify(body);
  const secrets = [origin.alias, 'Marie', origin.personId, REASON, '1994', 'promoter-tijuana', ...(options.originCaseId === 'hidden' ? [origin.id] : [])];
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('transferring a case from Tijuana to Tapachula', () => {
  it('carries the case over when Tapachula accepts: a new case there with the alias under a new person, the origin closed as transferred', async () => {
    const s = await requested({ riskFlags: [HIGH] });
    expect(s.requestBody).toMatchObject({ direction: 'outgoing', status: 'requested', caseId: s.origin.id, toCentre: 'tapachula', reason: REASON, priority: 'high' });

    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect(accept.status).toBe(200);
    expect(accept.body).toMatchObject({ direction: 'incoming', status: 'accepted', fromCentre: 'tijuana', answeredAt: '2026-11-23T15:00:00.000Z' });
    const newCaseId: string = accept.body.newCaseId;
    expect(newCaseId).toEqual(expect.any(String));
    await s.settle();

    const received = await s.cases.findById('tapachula', newCaseId);
    expect(received).toMatchObject({ tenant: 'tapachula', alias: 'Marie Joseph', status: 'open', priority: 'high', riskFlags: [HIGH], profile: s.origin.profile });
    expect(received?.personId).not.toBe(s.origin.personId);
    expect(await s.cases.findById('tapachula', s.origin.id)).toBeNull();
    expect(await s.cases.findById('tijuana', s.origin.id)).toMatchObject({ status: 'closed', closure: { outcome: 'transferred' } });

    // Kafka keeps order per key: the origin case's events, then the new case's.
    const events = s.caseEvents();
    const about = (caseId: string) => events.filter((e) => e.subject === caseId).map((e) => [e.type, e.tenantid]);
    expect(about(s.origin.id)).toEqual([
      ['case.transfer-requested', 'tijuana'],
      ['case.transfer-accepted', 'tapachula'],
      ['case.status-changed', 'tijuana'],
      ['case.closed', 'tijuana'],
    ]);
    expect(about(newCaseId)).toEqual([
      ['case.opened', 'tapachula'],
      ['case.risk-flagged', 'tapachula'],
    ]);
    expect(events).toHaveLength(6);
    const acceptedEvent = events.find((e) => e.type === 'case.transfer-accepted');
    expect(acceptedEvent?.data).toEqual({
      transferId: s.transferId,
      fromCentre: 'tijuana',
      toCentre: 'tapachula',
      originCaseId: s.origin.id,
      originPersonId: s.origin.personId,
      newCaseId,
      newPersonId: received?.personId,
      acceptedAt: '2026-11-23T15:00:00.000Z',
    });
    expect(JSON.stringify(events)).not.toMatch(/Marie|Tapachula; su hermana/);

    const outgoing = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', s.promoter);
    expect(outgoing.body).toMatchObject({ direction: 'outgoing', status: 'accepted' });
    expect(outgoing.body).not.toHaveProperty('newCaseId');
  });

  it("shows Tapachula nothing that identifies the person before it accepts, and never the origin's reason", async () => {
    const s = await requested();
    const list = await request(s.app).get('/v1/transfers?direction=incoming&status=requested').set('Authorization', s.coordinator);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      {
        id: s.transferId,
        direction: 'incoming',
        status: 'requested',
        fromCentre: 'tijuana',
        toCentre: 'tapachula',
        priority: 'normal',
        languages: ['ht', 'fr'],
        requestedAt: '2026-11-23T15:00:00.000Z',
        answeredAt: null,
        declineReason: null,
        cancelledAt: null,
        newCaseId: null,
      },
    ]);
    expectNothingPersonal(list.body, s.origin);
    const one = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', await s.auth('tapachula', 'interpreter'));
    expect(one.status).toBe(200);
    expectNothingPersonal(one.body, s.origin);
    // The event names the origin case (its key), which tells nobody who the person is.
    const requestedEvent = s.caseEvents()[0];
    expectNothingPersonal(requestedEvent, s.origin, { originCaseId: 'allowed' });

    await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    const after = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', s.coordinator);
    expect(JSON.stringify(after.body)).not.toContain(REASON);
    expect(after.body).not.toHaveProperty('caseId');
  });

  it('keeps the case at the origin when Tapachula declines, and lets Tijuana ask again', async () => {
    const s = await requested();
    const decline = await request(s.app).post(`/v1/transfers/${s.transferId}/decline`).set('Authorization', s.coordinator).send({ reason: 'no-capacity' });
    expect(decline.status).toBe(200);
    expect(decline.body).toMatchObject({ status: 'declined', declineReason: 'no-capacity' });
    await s.settle();
    expect(s.caseEvents().map((e) => [e.type, e.tenantid])).toEqual([
      ['case.transfer-requested', 'tijuana'],
      ['case.transfer-declined', 'tapachula'],
    ]);
    expect(s.caseEvents()[1]?.data).toMatchObject({ caseId: s.origin.id, reason: 'no-capacity' });
    expect(await s.cases.findById('tijuana', s.origin.id)).toMatchObject({ status: 'open' });
    expect(await s.transfers.transfers.list('tapachula', { direction: 'incoming', after: null, limit: 10 })).toHaveLength(1);

    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('CASE.TRANSFER_NOT_PENDING');
    const again = await request(s.app).post(`/v1/cases/${s.origin.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' });
    expect(again.status).toBe(201);
  });

  it('shows a third centre nothing of the transfer, and lets it answer nothing', async () => {
    const s = await requested();
    changeTestCentre(s.deps.centres, 'motozintla', { name: 'CRTM Motozintla', city: 'Motozintla' });
    const third = await s.auth('motozintla', 'coordinator');
    const one = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', third);
    expect(one.status).toBe(404);
    expect(one.body.code).toBe('CASE.TRANSFER_NOT_FOUND');
    for (const direction of ['incoming', 'outgoing']) {
      const list = await request(s.app).get(`/v1/transfers?direction=${direction}`).set('Authorization', third);
      expect(list.body).toEqual({ items: [], nextCursor: null });
    }
    expect((await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', third)).status).toBe(404);
    expect((await request(s.app).post(`/v1/transfers/${s.transferId}/decline`).set('Authorization', third).send({ reason: 'other' })).status).toBe(404);
    expect(await s.cases.findById('tijuana', s.origin.id)).toMatchObject({ status: 'open' });
  });

  it("lets no other centre transfer Tijuana's case, nor see it in its lists", async () => {
    const s = await transferTestService();
    const origin = await s.openCaseFor('tijuana');
    const res = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', await s.auth('tapachula', 'promoter')).send({ toCentre: 'tijuana' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CASE.NOT_FOUND');
    expect(s.caseEvents()).toEqual([]);
  });

  it("does not let Tapachula accept its own outgoing transfer", async () => {
    const s = await transferTestService();
    const origin = await s.openCaseFor('tapachula');
    const coordinator = await s.auth('tapachula', 'coordinator');
    const sent = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', coordinator).send({ toCentre: 'tijuana' });
    expect(sent.status).toBe(201);
    const accept = await request(s.app).post(`/v1/transfers/${sent.body.id}/accept`).set('Authorization', coordinator);
    expect(accept.status).toBe(403);
    expect(accept.body.code).toBe('CASE.TRANSFER_NOT_RECEIVER');
    const decline = await request(s.app).post(`/v1/transfers/${sent.body.id}/decline`).set('Authorization', coordinator).send({ reason: 'other' });
    expect(decline.status).toBe(403);
    expect((await s.transfers.transfers.findForCentre('tapachula', sent.body.id))?.status).toBe('requested');
  });
});

describe('what a transfer request needs', () => {
  it("refuses without the person's transfer consent", async () => {
    const s = await transferTestService();
    const origin = await s.openCaseFor('tijuana', { consents: [{ purpose: 'store-data' }] });
    const res = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', await s.auth('tijuana', 'lawyer')).send({ toCentre: 'tapachula' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CASE.TRANSFER_CONSENT_MISSING');
    expect(s.caseEvents()).toEqual([]);
  });

  it.each([
    ['a suspended centre', 'tapachula', () => ({ status: 'suspended' as const })],
    ['an archived centre', 'tapachula', () => ({ status: 'archived' as const })],
    ['an unknown centre', 'palenque', null],
    ['itself', 'tijuana', null],
  ])('refuses a transfer to %s', async (_what, toCentre, change) => {
    const s = await transferTestService();
    if (change) changeTestCentre(s.deps.centres, toCentre, change());
    const origin = await s.openCaseFor('tijuana');
    const res = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', await s.auth('tijuana', 'promoter')).send({ toCentre });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CASE.TRANSFER_TARGET_UNAVAILABLE');
  });

  it('refuses a closed case, and a second request while one waits', async () => {
    const s = await requested();
    const twice = await request(s.app).post(`/v1/cases/${s.origin.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CASE.TRANSFER_ALREADY_PENDING');

    const closed = await s.openCaseFor('tijuana');
    const stored = await s.cases.findById('tijuana', closed.id);
    if (!stored) throw new Error('no case');
    await s.cases.update({ ...stored, status: 'closed', closedAt: new Date(), closure: { outcome: 'resolved', closedBy: 'ana', signedOffBy: null } }, stored.version, { events: [], history: [] });
    const res = await request(s.app).post(`/v1/cases/${closed.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CASE.ALREADY_CLOSED');
  });

  it('validates the request, the answer and the list query with field errors', async () => {
    const s = await requested();
    const bad = await request(s.app)
      .post(`/v1/cases/not-a-case/transfers`)
      .set('Authorization', s.promoter)
      .send({ toCentre: 'Tapachula!', reason: 'x'.repeat(1001), alias: 'Marie' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body', 'body.reason', 'body.toCentre', 'params.id']);
    const decline = await request(s.app).post(`/v1/transfers/${s.transferId}/decline`).set('Authorization', s.coordinator).send({ reason: 'too busy' });
    expect(decline.status).toBe(422);
    expect(decline.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.reason']);
    const list = await request(s.app).get('/v1/transfers?direction=sideways&status=lost&limit=0&cursor=nope').set('Authorization', s.coordinator);
    expect(list.status).toBe(422);
    expect(list.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.direction', 'query.limit', 'query.status']);
    const cursor = await request(s.app).get('/v1/transfers?cursor=nope').set('Authorization', s.coordinator);
    expect(cursor.status).toBe(422);
    expect(cursor.body.errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
  });

  it.each([
    ['a text-direction override', 'se va \u202Eaznaplat\u202C ok'],
    ['a zero-width space', 'se va\u200B a Tapachula'],
    ['a control character', 'se va \u0007 a Tapachula'],
    ['a line break', 'se va\na Tapachula'],
    ['only spaces', '   '],
  ])('refuses a reason with %s, as every other line of text', async (_what, reason) => {
    const s = await transferTestService();
    const origin = await s.openCaseFor('tijuana');
    const res = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', await s.auth('tijuana', 'promoter')).send({ toCentre: 'tapachula', reason });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.reason']);
    expect(await s.transfers.transfers.pendingOfCase('tijuana', origin.id)).toBeNull();
  });

  it('keeps a reason as one trimmed line in NFC', async () => {
    const s = await transferTestService();
    const origin = await s.openCaseFor('tijuana');
    const res = await request(s.app)
      .post(`/v1/cases/${origin.id}/transfers`)
      .set('Authorization', await s.auth('tijuana', 'promoter'))
      .send({ toCentre: 'tapachula', reason: '  Se muda a Tapachula; su hermana vive alli\u0301  ' });
    expect(res.status).toBe(201);
    expect(res.body.reason).toBe('Se muda a Tapachula; su hermana vive allí');
  });

  it('lets caseworkers ask and only coordinators answer', async () => {
    const s = await requested();
    const asInterpreter = await request(s.app).post(`/v1/cases/${s.origin.id}/transfers`).set('Authorization', await s.auth('tijuana', 'interpreter')).send({ toCentre: 'tapachula' });
    expect(asInterpreter.status).toBe(403);
    const asPromoter = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', await s.auth('tapachula', 'promoter'));
    expect(asPromoter.status).toBe(403);
    expect((await s.transfers.transfers.findForCentre('tapachula', s.transferId))?.status).toBe('requested');
    expect(await apiConformance(s)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
  });
});

describe('a consent withdrawn or a case closed meanwhile', () => {
  it('cancels the pending transfer when the person withdraws their transfer consent', async () => {
    const s = await requested();
    await s.deliver(
      createEvent(
        consentWithdrawnV1,
        { personId: s.origin.personId, consentId: randomUUID(), scope: { purpose: 'transfer' }, withdrawnAt: '2026-11-23T16:00:00.000Z' },
        { tenant: 'tijuana', source: '/corredor/intake', correlationId: 'req-w', causationId: 'req-w', subject: s.origin.personId },
      ),
    );
    const seen = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', s.coordinator);
    expect(seen.body).toMatchObject({ status: 'cancelled', cancelledAt: '2026-11-23T15:00:00.000Z' });
    expect(seen.body).not.toHaveProperty('cancelReason');
    const origin = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', s.promoter);
    expect(origin.body).toMatchObject({ status: 'cancelled', cancelReason: 'consent-withdrawn' });
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('CASE.TRANSFER_NOT_PENDING');
    const again = await request(s.app).post(`/v1/cases/${s.origin.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' });
    expect(again.body.code).toBe('CASE.TRANSFER_CONSENT_MISSING');
  });

  it('refuses to accept once the withdrawal is known, even before the transfer is cancelled', async () => {
    const s = await requested();
    await s.consentStore.record({ tenant: 'tijuana', personId: s.origin.personId, scope: { purpose: 'transfer' }, given: false, at: new Date('2026-11-23T16:00:00.000Z') });
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect(accept.status).toBe(422);
    expect(accept.body.code).toBe('CASE.TRANSFER_CONSENT_WITHDRAWN');
    await s.settle();
    expect(s.caseEvents().map((e) => e.type)).toEqual(['case.transfer-requested']);
    expect(await s.cases.findById('tijuana', s.origin.id)).toMatchObject({ status: 'open' });
  });

  it('cancels the pending transfer when the origin closes the case for another reason', async () => {
    const s = await requested();
    await s.deliver(
      createEvent(
        caseClosedV1,
        { caseId: s.origin.id, outcome: 'lost-contact', closedAt: '2026-11-23T16:00:00.000Z' },
        { tenant: 'tijuana', source: '/corredor/case', correlationId: 'req-c', causationId: 'req-c', subject: s.origin.id },
      ),
    );
    expect((await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', s.promoter)).body).toMatchObject({ status: 'cancelled', cancelReason: 'case-closed' });
  });
});

describe('carrying out an accepted transfer', () => {
  it('opens one case and closes the origin once, however often the acceptance is delivered', async () => {
    const s = await requested();
    await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    await s.settle();
    const accepted = s.caseEvents().find((e) => e.type === 'case.transfer-accepted');
    if (!accepted) throw new Error('no acceptance published');
    await s.deliver({ ...accepted, id: randomUUID() });
    expect(s.caseEvents().filter((e) => e.type === 'case.opened' || e.type === 'case.closed')).toHaveLength(2);
  });

  it('copies nothing for an acceptance its own store does not hold', async () => {
    const s = await requested();
    const forged = createEvent(
      caseTransferAcceptedV1,
      {
        transferId: s.transferId,
        fromCentre: 'tijuana',
        toCentre: 'tapachula',
        originCaseId: s.origin.id,
        originPersonId: s.origin.personId,
        newCaseId: randomUUID(),
        newPersonId: randomUUID(),
        acceptedAt: '2026-11-23T15:00:00.000Z',
      },
      { tenant: 'tapachula', source: '/corredor/case', correlationId: 'x', causationId: 'x', subject: s.origin.id },
    );
    await s.deliver(forged);
    expect(await s.cases.findById('tapachula', forged.data.newCaseId)).toBeNull();
    expect(await s.cases.findById('tijuana', s.origin.id)).toMatchObject({ status: 'open' });
  });
});

describe('the statistics consent of the receiving case', () => {
  it('follows the consent as the origin holds it now, not the flag the origin case was opened with', async () => {
    const s = await requested();
    await s.consentStore.record({ tenant: 'tijuana', personId: s.origin.personId, scope: { purpose: 'statistics' }, given: false, at: new Date('2026-11-23T16:00:00.000Z') });
    expect(await s.cases.findById('tijuana', s.origin.id)).toMatchObject({ countInStatistics: true });
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect(accept.status).toBe(200);
    await s.settle();
    expect(await s.cases.findById('tapachula', accept.body.newCaseId)).toMatchObject({ countInStatistics: false });
    const opened = s.caseEvents().find((e) => e.type === 'case.opened');
    expect(opened?.data).toMatchObject({ caseId: accept.body.newCaseId, countInStatistics: false });
  });

  it('announces the person as new at the receiving centre, with no migratory status (the interview stays at the origin)', async () => {
    const s = await requested();
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect(accept.status).toBe(200);
    await s.settle();
    const opened = s.caseEvents().filter((e) => e.type === 'case.opened');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ tenantid: 'tapachula', eventversion: 3, data: { caseId: accept.body.newCaseId, returning: false, migratoryStatus: null } });
  });

  it('counts the person at the receiving centre while they consent', async () => {
    const s = await requested();
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    await s.settle();
    expect(await s.cases.findById('tapachula', accept.body.newCaseId)).toMatchObject({ countInStatistics: true });
  });
});

describe('one acceptance per person and receiving centre', () => {
  it("refuses to send another of the person's cases to a centre that accepted one, and to accept a second one there", async () => {
    const s = await requested();
    const sameCentre = await s.anotherCaseOf(s.origin);
    const second = await request(s.app).post(`/v1/cases/${sameCentre.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' });
    expect(second.status).toBe(201);

    expect((await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator)).status).toBe(200);
    await s.settle();
    const secondAccept = await request(s.app).post(`/v1/transfers/${second.body.id}/accept`).set('Authorization', s.coordinator);
    expect([secondAccept.status, secondAccept.body.code]).toEqual([409, 'CASE.TRANSFER_ALREADY_ACCEPTED']);
    expect((await s.transfers.transfers.findForCentre('tapachula', second.body.id))?.status).toBe('requested');
    await s.settle();
    expect(s.caseEvents().filter((e) => e.type === 'case.opened')).toHaveLength(1);
    expect(await s.cases.list('tapachula', { sort: 'newest', after: null, limit: 10 })).toHaveLength(1);

    const third = await s.anotherCaseOf(s.origin);
    const again = await request(s.app).post(`/v1/cases/${third.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' });
    expect([again.status, again.body.code]).toEqual([409, 'CASE.TRANSFER_ALREADY_ACCEPTED']);
    // Another person's case, or another centre, is not concerned.
    changeTestCentre(s.deps.centres, 'motozintla', { name: 'CRTM Motozintla', city: 'Motozintla' });
    expect((await request(s.app).post(`/v1/cases/${third.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'motozintla' })).status).toBe(201);
    const someoneElse = await s.openCaseFor('tijuana');
    expect((await request(s.app).post(`/v1/cases/${someoneElse.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' })).status).toBe(201);
  });
});

describe('accepting needs both centres active', () => {
  it.each(['suspended', 'archived'] as const)('refuses while the origin centre is %s, copying nothing', async (status) => {
    const s = await requested();
    changeTestCentre(s.deps.centres, 'tijuana', { status });
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect([accept.status, accept.body.code]).toEqual([422, 'CASE.TRANSFER_ORIGIN_UNAVAILABLE']);
    await s.settle();
    expect(s.caseEvents().map((e) => e.type)).toEqual(['case.transfer-requested']);
    expect(await s.cases.list('tapachula', { sort: 'newest', after: null, limit: 10 })).toEqual([]);
    expect((await s.transfers.transfers.findForCentre('tapachula', s.transferId))?.status).toBe('requested');

    changeTestCentre(s.deps.centres, 'tijuana', { status: 'active' });
    expect((await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator)).status).toBe(200);
  });
});

describe('cancelling a pending transfer', () => {
  it("lets the origin's caseworkers cancel it, with no event; the receiving centre sees it cancelled and can no longer accept", async () => {
    const s = await requested({ clock: ticking() });
    const cancelled = await request(s.app).post(`/v1/transfers/${s.transferId}/cancel`).set('Authorization', await s.auth('tijuana', 'lawyer'));
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ direction: 'outgoing', status: 'cancelled', cancelReason: 'origin-cancelled', cancelledBy: 'lawyer-tijuana', cancelledAt: expect.any(String) });
    const seen = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', s.coordinator);
    expect(seen.body).toMatchObject({ status: 'cancelled' });
    expect(seen.body).not.toHaveProperty('cancelReason');
    expect(seen.body).not.toHaveProperty('cancelledBy');
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    expect([accept.status, accept.body.code]).toEqual([409, 'CASE.TRANSFER_NOT_PENDING']);
    const twice = await request(s.app).post(`/v1/transfers/${s.transferId}/cancel`).set('Authorization', s.promoter);
    expect([twice.status, twice.body.code]).toEqual([409, 'CASE.TRANSFER_NOT_PENDING']);
    await s.settle();
    expect(s.caseEvents().map((e) => e.type)).toEqual(['case.transfer-requested']);
    expect(await s.cases.findById('tijuana', s.origin.id)).toMatchObject({ status: 'open' });

    const viewer = { kind: 'staff' as const, userId: 'x', centre: 'tijuana', roles: ['promoter' as const] };
    const entries = await s.transfers.timeline.entries({ tenant: 'tijuana', caseId: s.origin.id, before: null, limit: 10, viewer });
    expect(entries.map((e) => [e.detail['event'], e.by])).toEqual([
      ['cancelled', 'lawyer-tijuana'],
      ['requested', 'promoter-tijuana'],
    ]);
    expect((await request(s.app).post(`/v1/cases/${s.origin.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'tapachula' })).status).toBe(201);
  });

  it('is for the origin only: 403 for the receiving centre, 404 for any other, 403 for an interpreter', async () => {
    const s = await requested();
    const byReceiver = await request(s.app).post(`/v1/transfers/${s.transferId}/cancel`).set('Authorization', s.coordinator);
    expect([byReceiver.status, byReceiver.body.code]).toEqual([403, 'CASE.TRANSFER_NOT_ORIGIN']);
    changeTestCentre(s.deps.centres, 'motozintla', { name: 'CRTM Motozintla', city: 'Motozintla' });
    const byThird = await request(s.app).post(`/v1/transfers/${s.transferId}/cancel`).set('Authorization', await s.auth('motozintla', 'coordinator'));
    expect([byThird.status, byThird.body.code]).toEqual([404, 'CASE.TRANSFER_NOT_FOUND']);
    const unknown = await request(s.app).post(`/v1/transfers/${randomUUID()}/cancel`).set('Authorization', s.promoter);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CASE.TRANSFER_NOT_FOUND']);
    expect((await request(s.app).post(`/v1/transfers/${s.transferId}/cancel`).set('Authorization', await s.auth('tijuana', 'interpreter'))).status).toBe(403);
    expect((await request(s.app).post('/v1/transfers/not-a-transfer/cancel').set('Authorization', s.promoter)).status).toBe(422);
    expect((await s.transfers.transfers.findForCentre('tijuana', s.transferId))?.status).toBe('requested');
  });

  it.each(['suspended', 'archived'] as const)('gives way to a new request when the receiving centre was %s meanwhile', async (status) => {
    const s = await requested();
    changeTestCentre(s.deps.centres, 'tapachula', { status });
    changeTestCentre(s.deps.centres, 'motozintla', { name: 'CRTM Motozintla', city: 'Motozintla' });
    const again = await request(s.app).post(`/v1/cases/${s.origin.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'motozintla' });
    expect(again.status).toBe(201);
    const stale = await request(s.app).get(`/v1/transfers/${s.transferId}`).set('Authorization', s.promoter);
    expect(stale.body).toMatchObject({ status: 'cancelled', cancelReason: 'target-unavailable' });
    expect(await s.transfers.transfers.pendingOfCase('tijuana', s.origin.id)).toMatchObject({ id: again.body.id, toCentre: 'motozintla' });
    await s.settle();
    expect(s.caseEvents().map((e) => [e.type, (e.data as { toCentre: string }).toCentre])).toEqual([
      ['case.transfer-requested', 'tapachula'],
      ['case.transfer-requested', 'motozintla'],
    ]);
  });

  it('keeps the pending transfer when the new request is refused anyway', async () => {
    const s = await requested();
    changeTestCentre(s.deps.centres, 'tapachula', { status: 'archived' });
    const refused = await request(s.app).post(`/v1/cases/${s.origin.id}/transfers`).set('Authorization', s.promoter).send({ toCentre: 'palenque' });
    expect([refused.status, refused.body.code]).toEqual([422, 'CASE.TRANSFER_TARGET_UNAVAILABLE']);
    expect((await s.transfers.transfers.findForCentre('tijuana', s.transferId))?.status).toBe('requested');
  });
});

describe('listing transfers', () => {
  it('pages outgoing transfers newest first with a cursor, and filters by status', async () => {
    const s = await transferTestService({ clock: ticking() });
    const promoter = await s.auth('tijuana', 'promoter');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const kase = await s.openCaseFor('tijuana');
      ids.push((await request(s.app).post(`/v1/cases/${kase.id}/transfers`).set('Authorization', promoter).send({ toCentre: 'tapachula' })).body.id);
    }
    await request(s.app).post(`/v1/transfers/${ids[0]}/decline`).set('Authorization', await s.auth('tapachula', 'coordinator')).send({ reason: 'outside-services' });
    const first = await request(s.app).get('/v1/transfers?direction=outgoing&limit=2').set('Authorization', promoter);
    expect(first.body.items.map((t: { id: string }) => t.id)).toEqual([ids[2], ids[1]]);
    const second = await request(s.app).get(`/v1/transfers?direction=outgoing&limit=2&cursor=${first.body.nextCursor}`).set('Authorization', promoter);
    expect(second.body).toEqual({ items: [expect.objectContaining({ id: ids[0], status: 'declined' })], nextCursor: null });
    const pending = await request(s.app).get('/v1/transfers?direction=outgoing&status=requested').set('Authorization', promoter);
    expect(pending.body.items.map((t: { id: string }) => t.id)).toEqual([ids[2], ids[1]]);
    expect((await request(s.app).get('/v1/transfers').set('Authorization', promoter)).body.items).toEqual([]);
  });
});

describe('the transfer in the case timelines', () => {
  it('shows the request and the acceptance on the origin case and on the new case, each side seeing only its own', async () => {
    const s = await requested({ clock: ticking() });
    const accept = await request(s.app).post(`/v1/transfers/${s.transferId}/accept`).set('Authorization', s.coordinator);
    await s.settle();
    const viewer = { kind: 'staff' as const, userId: 'x', centre: 'tijuana', roles: ['interpreter' as const] };
    const atOrigin = await s.transfers.timeline.entries({ tenant: 'tijuana', caseId: s.origin.id, before: null, limit: 10, viewer });
    expect(atOrigin.map((e) => [e.detail['event'], e.by])).toEqual([
      ['accepted', null],
      ['requested', 'promoter-tijuana'],
    ]);
    expect(atOrigin[1]?.detail).toMatchObject({ toCentre: 'tapachula', reason: REASON });
    const newCaseId: string = accept.body.newCaseId;
    const atReceiver = await s.transfers.timeline.entries({ tenant: 'tapachula', caseId: newCaseId, before: null, limit: 10, viewer: { ...viewer, centre: 'tapachula' } });
    expect(atReceiver.map((e) => [e.detail['event'], e.by, e.detail['fromCentre']])).toEqual([
      ['accepted', 'coordinator-tapachula', 'tijuana'],
      ['requested', null, 'tijuana'],
    ]);
    expectNothingPersonal(atReceiver, s.origin);
    expect(await s.transfers.timeline.entries({ tenant: 'tapachula', caseId: s.origin.id, before: null, limit: 10, viewer })).toEqual([]);
    const older = await s.transfers.timeline.entries({ tenant: 'tijuana', caseId: s.origin.id, before: [atOrigin[0]!.at, atOrigin[0]!.id], limit: 10, viewer });
    expect(older.map((e) => e.detail['event'])).toEqual(['requested']);
  });

  it('shows a declined transfer on the origin case only', async () => {
    const s = await requested({ clock: ticking() });
    await request(s.app).post(`/v1/transfers/${s.transferId}/decline`).set('Authorization', s.coordinator).send({ reason: 'person-not-arrived' });
    const viewer = { kind: 'staff' as const, userId: 'x', centre: 'tijuana', roles: ['promoter' as const] };
    const entries = await s.transfers.timeline.entries({ tenant: 'tijuana', caseId: s.origin.id, before: null, limit: 1, viewer });
    expect(entries).toEqual([expect.objectContaining({ kind: 'transfer', id: `transfer:${s.transferId}:declined`, detail: expect.objectContaining({ declineReason: 'person-not-arrived' }) })]);
    expect(await s.transfers.timeline.entries({ tenant: 'tapachula', caseId: s.origin.id, before: null, limit: 10, viewer: { ...viewer, centre: 'tapachula' } })).toEqual([]);
  });
});
