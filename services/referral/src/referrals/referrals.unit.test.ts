import { caseClosedV1, caseOpenedV1, createEvent } from '@corredor/contracts';
import { consumingTestApp, tokenFor } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';

const meta = (tenant: string, caseId: string) => ({ tenant, source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId });
const opened = (tenant: string, caseId: string = randomUUID()) =>
  createEvent(caseOpenedV1, { caseId, intakeId: randomUUID(), openedAt: '2026-11-23T10:00:00.000Z', profile: { sex: 'male', ageBand: '30-44', nationality: 'HN', languages: ['es'] } }, meta(tenant, caseId));
const closed = (tenant: string, caseId: string) => createEvent(caseClosedV1, { caseId, outcome: 'resolved', closedAt: '2026-11-23T12:00:00.000Z' }, meta(tenant, caseId));

async function setup() {
  const built = await consumingTestApp(buildApp);
  const coordinator = `Bearer ${await tokenFor('tijuana', ['coordinator'], 'luis')}`;
  const promoter = `Bearer ${await tokenFor('tijuana', ['promoter'], 'ana')}`;
  const tapachula = `Bearer ${await tokenFor('tapachula', ['coordinator'])}`;
  const addPartner = (auth: string, name: string, services: string[]) =>
    request(built.app).post('/v1/partners').set('Authorization', auth).send({ name, services, agreementSigned: true, languages: ['es', 'ht'] });
  return { ...built, coordinator, promoter, tapachula, addPartner };
}

describe('partner directory', () => {
  it("keeps each centre's partners, one per name, and lets the coordinator add them", async () => {
    const { app, coordinator, promoter, tapachula, addPartner } = await setup();
    const created = await addPartner(coordinator, 'Casa del Migrante', ['shelter', 'food']);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Casa del Migrante', services: ['shelter', 'food'], agreementSigned: true });
    const twin = await addPartner(coordinator, '  casa del   MIGRANTE ', ['shelter']);
    expect(twin.status).toBe(409);
    expect(twin.body.code).toBe('REFERRAL.PARTNER_ALREADY_EXISTS');
    expect((await addPartner(tapachula, 'Casa del Migrante', ['shelter'])).status).toBe(201);
    expect((await addPartner(promoter, 'Clínica', ['health'])).status).toBe(403);
    const list = await request(app).get('/v1/partners?service=shelter').set('Authorization', promoter);
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(['Casa del Migrante']);
  });

  it('validates partner fields', async () => {
    const { coordinator, addPartner } = await setup();
    const res = await addPartner(coordinator, 'X', ['spa']);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.name', 'body.services.0']);
  });
});

describe('referrals', () => {
  it('refers a case known from case.opened to a partner that offers the need, with consent', async () => {
    const { app, deliver, coordinator, promoter, addPartner } = await setup();
    const event = opened('tijuana');
    await deliver(event);
    const partner = (await addPartner(coordinator, 'Instituto Municipal de la Mujer', ['women-justice'])).body;
    const made = await request(app)
      .post(`/v1/cases/${event.data.caseId}/referrals`)
      .set('Authorization', promoter)
      .send({ partnerId: partner.id, need: 'women-justice', consentToShare: true });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ caseId: event.data.caseId, partner: { id: partner.id, name: 'Instituto Municipal de la Mujer' }, need: 'women-justice', status: 'made', madeBy: 'ana' });
    const list = await request(app).get(`/v1/cases/${event.data.caseId}/referrals`).set('Authorization', promoter);
    expect(list.body.items).toHaveLength(1);
  });

  it('refuses without consent, for a partner that does not offer the need, for a closed case, and across centres', async () => {
    const { app, deliver, coordinator, tapachula, addPartner } = await setup();
    const kase = opened('tijuana');
    const other = opened('tijuana');
    await deliver(kase, other, closed('tijuana', other.data.caseId));
    const partner = (await addPartner(coordinator, 'Albergue Juventud 2000', ['shelter'])).body;
    const refer = (auth: string, caseId: string, body: object) => request(app).post(`/v1/cases/${caseId}/referrals`).set('Authorization', auth).send(body);

    const noConsent = await refer(coordinator, kase.data.caseId, { partnerId: partner.id, need: 'shelter', consentToShare: false });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.errors[0].field).toBe('body.consentToShare');
    expect((await refer(coordinator, kase.data.caseId, { partnerId: partner.id, need: 'health', consentToShare: true })).body.code).toBe('REFERRAL.PARTNER_DOES_NOT_OFFER');
    expect((await refer(coordinator, kase.data.caseId, { partnerId: randomUUID(), need: 'shelter', consentToShare: true })).body.code).toBe('REFERRAL.PARTNER_NOT_FOUND');
    const closedCase = await refer(coordinator, other.data.caseId, { partnerId: partner.id, need: 'shelter', consentToShare: true });
    expect(closedCase.status).toBe(409);
    expect(closedCase.body.code).toBe('REFERRAL.CASE_CLOSED');
    const elsewhere = await refer(tapachula, kase.data.caseId, { partnerId: partner.id, need: 'shelter', consentToShare: true });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.code).toBe('REFERRAL.CASE_NOT_FOUND');
  });
});
