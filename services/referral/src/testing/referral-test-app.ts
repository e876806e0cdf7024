import {
  caseClosedV1,
  caseOpenedV1,
  caseOpenedV2,
  caseStatusChangedV1,
  consentGivenV1,
  consentWithdrawnV1,
  createEvent,
  personErasedV1,
  TOPICS,
  type ConsentScope,
  type EventEnvelope,
  type Role,
} from '@corredor/contracts';
import { HEADERS } from '@corredor/messaging';
import { consumingTestApp, tokenFor } from '@corredor/service-kit/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';

const caseMeta = (tenant: string, caseId: string) => ({ tenant, source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId });
const intakeMeta = (tenant: string, personId: string) => ({ tenant, source: '/corredor/intake', correlationId: 'r', causationId: 'r', subject: personId });
const profile = { sex: 'male' as const, ageBand: '30-44' as const, nationality: 'HN', languages: ['es'] };

/** Events as the case and intake services publish them. */
export const events = {
  opened: (tenant: string, personId: string = randomUUID(), caseId: string = randomUUID()) =>
    createEvent(
      caseOpenedV2,
      { caseId, intakeId: randomUUID(), personId, openedAt: '2026-11-23T10:00:00.000Z', priority: 'normal', riskFlags: [], countInStatistics: true, profile: { ...profile, languages: [...profile.languages] } },
      caseMeta(tenant, caseId),
    ),
  /** As the case service published cases before v2: the intake stands for the person. */
  openedV1: (tenant: string, caseId: string = randomUUID()) =>
    createEvent(caseOpenedV1, { caseId, intakeId: randomUUID(), openedAt: '2026-11-23T10:00:00.000Z', profile: { ...profile, languages: [...profile.languages] } }, caseMeta(tenant, caseId)),
  closed: (tenant: string, caseId: string) => createEvent(caseClosedV1, { caseId, outcome: 'resolved', closedAt: '2026-11-23T12:00:00.000Z' }, caseMeta(tenant, caseId)),
  reopened: (tenant: string, caseId: string) =>
    createEvent(caseStatusChangedV1, { caseId, from: 'closed', to: 'active', reason: 'reopened', changedAt: '2026-11-23T13:00:00.000Z' }, caseMeta(tenant, caseId)),
  consentWithdrawn: (tenant: string, personId: string, scope: ConsentScope, withdrawnAt = '2026-11-23T14:00:00.000Z') =>
    createEvent(consentWithdrawnV1, { personId, consentId: randomUUID(), scope, withdrawnAt }, intakeMeta(tenant, personId)),
  consentGiven: (tenant: string, personId: string, scope: ConsentScope, givenAt = '2026-11-23T16:00:00.000Z') =>
    createEvent(consentGivenV1, { personId, consentId: randomUUID(), scope, givenAt }, intakeMeta(tenant, personId)),
  erased: (tenant: string, personId: string, erasedAt = '2026-11-23T18:00:00.000Z') => createEvent(personErasedV1, { personId, erasedAt }, intakeMeta(tenant, personId)),
};

/** The referral service consuming from an in-memory bus, with a caller per role and centre. */
export async function referralTestApp() {
  const built = await consumingTestApp(buildApp);
  const as = async (centre: string, role: Role, userId = `${role}@${centre}`) => {
    const auth = `Bearer ${await tokenFor(centre, [role], userId)}`;
    return {
      get: (path: string) => request(built.app).get(path).set('Authorization', auth),
      post: (path: string, body: object) => request(built.app).post(path).set('Authorization', auth).send(body),
    };
  };
  /**
   * What the service has announced on the referral topic so far, as reporting would read it: the
   * outbox is published first. Each with its message key and tenant header.
   */
  const announced = async () => {
    for (let published = 1; published > 0; ) published = (await built.relay?.publishBatch()) ?? 0;
    return built.deps.bus
      .messages(TOPICS.referralEvents)
      .map((message) => ({ key: message.key, tenant: message.headers[HEADERS.tenant], raw: message.value, event: JSON.parse(message.value) as EventEnvelope<string, Record<string, unknown>> }));
  };
  const coordinator = await as('tijuana', 'coordinator', 'luis');
  const addPartner = async (name: string, services: string[], agreementSigned = true, by = coordinator) => {
    const res = await by.post('/v1/partners', { name, services, agreementSigned, languages: ['es', 'ht'] });
    if (res.status !== 201) throw new Error(`partner not added: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; name: string };
  };
  const refer = (caller: Awaited<ReturnType<typeof as>>, caseId: string, partnerId: string, need = 'shelter') =>
    caller.post(`/v1/cases/${caseId}/referrals`, { partnerId, need });
  /** The person of an opened case consents to sharing with partners, as the intake service announces it (at 09:00 that day unless told). */
  const consentToShare = async (opened: { tenantid: string; data: { personId: string } }, partnerIds: string[], givenAt = '2026-11-23T09:00:00.000Z') => {
    const given = partnerIds.map((partnerId) => events.consentGiven(opened.tenantid, opened.data.personId, { purpose: 'share-with-partner', partnerId }, givenAt));
    await built.deliver(...given);
    return given;
  };
  const recordOutcome = (caller: Awaited<ReturnType<typeof as>>, caseId: string, referralId: string, outcome: string) =>
    caller.post(`/v1/cases/${caseId}/referrals/${referralId}/outcome`, { outcome });
  return { ...built, as, coordinator, addPartner, refer, consentToShare, recordOutcome, announced };
}
