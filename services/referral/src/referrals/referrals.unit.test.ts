import { randomUUID } from 'node:crypto';
import { events, referralTestApp } from '../testing/referral-test-app';

describe('partner directory', () => {
  it("keeps each centre's partners, one per name, and lets the coordinator add them", async () => {
    const { as, coordinator } = await referralTestApp();
    const promoter = await as('tijuana', 'promoter');
    const tapachula = await as('tapachula', 'coordinator');
    const add = (caller: typeof coordinator, name: string, services: string[]) => caller.post('/v1/partners', { name, services, agreementSigned: true, languages: ['es', 'ht'] });
    const created = await add(coordinator, 'Casa del Migrante', ['shelter', 'food']);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Casa del Migrante', services: ['shelter', 'food'], agreementSigned: true });
    const twin = await add(coordinator, '  casa del   MIGRANTE ', ['shelter']);
    expect([twin.status, twin.body.code]).toEqual([409, 'REFERRAL.PARTNER_ALREADY_EXISTS']);
    expect((await add(tapachula, 'Casa del Migrante', ['shelter'])).status).toBe(201);
    expect((await add(promoter, 'Clínica', ['health'])).status).toBe(403);
    expect((await add(await as('tijuana', 'interpreter'), 'Clínica', ['health'])).status).toBe(403);
    const list = await promoter.get('/v1/partners?service=shelter');
    expect(list.body).toEqual({ items: [expect.objectContaining({ name: 'Casa del Migrante', id: created.body.id })], nextCursor: null });
    // Tapachula sees its own partner of that name, not Tijuana's.
    expect((await tapachula.get('/v1/partners')).body.items.map((p: { id: string }) => p.id)).not.toContain(created.body.id);
  });

  it('validates partner fields', async () => {
    const { coordinator } = await referralTestApp();
    const res = await coordinator.post('/v1/partners', { name: 'X', services: ['spa'] });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.name', 'body.services.0']);
  });

  it('hands the directory out a page at a time, by name, with no repeat or gap; every member of staff may read it', async () => {
    const { as, addPartner } = await referralTestApp();
    const names = ['Espacio Migrante', 'Albergue Juventud 2000', 'DIF Municipal', 'Casa del Migrante', 'Comedor San Juan'];
    for (const name of names) await addPartner(name, name.startsWith('C') ? ['food'] : ['shelter']);
    const interpreter = await as('tijuana', 'interpreter');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await interpreter.get(`/v1/partners?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((p: { name: string }) => p.name));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort());

    const food = await interpreter.get('/v1/partners?service=food&limit=1');
    const food2 = await interpreter.get(`/v1/partners?service=food&limit=1&cursor=${food.body.nextCursor}`);
    expect([...food.body.items, ...food2.body.items].map((p: { name: string }) => p.name)).toEqual(['Casa del Migrante', 'Comedor San Juan']);
    expect(food2.body.nextCursor).toBeNull();
  });

  it('refuses a cursor that is not one and a page larger than the maximum', async () => {
    const { coordinator } = await referralTestApp();
    const bad = await coordinator.get('/v1/partners?cursor=WyJ4Il0');
    expect([bad.status, bad.body.errors]).toEqual([422, [{ field: 'query.cursor', message: 'is not a cursor of this list; start again without it' }]]);
    const tooMany = await coordinator.get('/v1/partners?limit=201');
    expect([tooMany.status, tooMany.body.errors[0].field]).toEqual([422, 'query.limit']);
  });
});

describe('referrals', () => {
  it("refers a case known from case.opened to a partner that offers the need, relying on the person's consent recorded at intake", async () => {
    const { deliver, as, addPartner, refer, consentToShare } = await referralTestApp();
    const event = events.opened('tijuana');
    await deliver(event);
    const partner = await addPartner('Instituto Municipal de la Mujer', ['women-justice']);
    const [given] = await consentToShare(event, [partner.id]);
    const promoter = await as('tijuana', 'promoter', 'ana');
    const made = await refer(promoter, event.data.caseId, partner.id, 'women-justice');
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      caseId: event.data.caseId,
      partner: { id: partner.id, name: 'Instituto Municipal de la Mujer' },
      need: 'women-justice',
      status: 'made',
      consent: { id: given?.data.consentId, givenAt: '2026-11-23T09:00:00.000Z' },
      madeAt: '2026-11-23T15:00:00.000Z',
      madeBy: 'ana',
    });
    const list = await promoter.get(`/v1/cases/${event.data.caseId}/referrals`);
    expect(list.body).toEqual({ items: [made.body], nextCursor: null });
  });

  it('refuses a referral no recorded consent covers (422 REFERRAL.CONSENT_MISSING), saying where to record it, even for a coordinator', async () => {
    const { deliver, coordinator, addPartner, refer, consentToShare } = await referralTestApp();
    const kase = events.opened('tijuana');
    const someoneElse = events.opened('tijuana');
    await deliver(kase, someoneElse);
    const shelter = await addPartner('Albergue Juventud 2000', ['shelter']);
    const clinic = await addPartner('Clínica Comunitaria', ['shelter']);
    // Consents that do not cover sharing this person's data with the shelter.
    await consentToShare(kase, [clinic.id]);
    await consentToShare(someoneElse, [shelter.id]);
    await consentToShare(events.opened('tapachula', kase.data.personId), [shelter.id]);
    await deliver(
      events.consentGiven('tijuana', kase.data.personId, { purpose: 'statistics' }),
      events.consentGiven('tijuana', kase.data.personId, { purpose: 'transfer' }),
      events.consentGiven('tijuana', kase.data.personId, { purpose: 'contact', channel: 'whatsapp' }),
    );

    const refused = await refer(coordinator, kase.data.caseId, shelter.id);
    expect([refused.status, refused.body.code]).toEqual([422, 'REFERRAL.CONSENT_MISSING']);
    expect(refused.body.detail).toMatch(/record it in the intake service \(POST \/v1\/people\/:id\/consents, purpose share-with-partner with this partner\)/);
    expect((await coordinator.get(`/v1/cases/${kase.data.caseId}/referrals`)).body.items).toEqual([]);
    expect((await refer(coordinator, kase.data.caseId, clinic.id)).status).toBe(201);

    await consentToShare(kase, [shelter.id], '2026-11-23T14:30:00.000Z');
    const made = await refer(coordinator, kase.data.caseId, shelter.id);
    expect([made.status, made.body.consent.givenAt]).toEqual([201, '2026-11-23T14:30:00.000Z']);
  });

  it('no longer takes a consent flag in the body: consent is recorded, with who and when, in the intake service', async () => {
    const { deliver, coordinator, addPartner, consentToShare } = await referralTestApp();
    const kase = events.opened('tijuana');
    await deliver(kase);
    const partner = await addPartner('Albergue Juventud 2000', ['shelter']);
    const flagged = await coordinator.post(`/v1/cases/${kase.data.caseId}/referrals`, { partnerId: partner.id, need: 'shelter', consentToShare: true });
    expect([flagged.status, flagged.body.errors]).toEqual([422, [{ field: 'body', message: 'Unknown fields are not accepted.' }]]);
    await consentToShare(kase, [partner.id]);
    expect((await coordinator.post(`/v1/cases/${kase.data.caseId}/referrals`, { partnerId: partner.id, need: 'shelter', consentToShare: true })).status).toBe(422);
  });

  it('still knows cases opened before case.opened v2 (their intake stands for the person)', async () => {
    const { deliver, coordinator, addPartner, refer, consentToShare } = await referralTestApp();
    const legacy = events.openedV1('tijuana');
    await deliver(legacy);
    const partner = await addPartner('Albergue Juventud 2000', ['shelter']);
    await consentToShare({ tenantid: 'tijuana', data: { personId: legacy.data.intakeId } }, [partner.id]);
    expect((await refer(coordinator, legacy.data.caseId, partner.id)).status).toBe(201);
  });

  it('refuses for a partner that does not offer the need, for a closed case, and across centres', async () => {
    const { deliver, coordinator, as, addPartner, refer, consentToShare } = await referralTestApp();
    const kase = events.opened('tijuana');
    const other = events.opened('tijuana');
    await deliver(kase, other, events.closed('tijuana', other.data.caseId));
    const partner = await addPartner('Albergue Juventud 2000', ['shelter']);
    await consentToShare(kase, [partner.id]);
    await consentToShare(other, [partner.id]);

    expect((await refer(coordinator, kase.data.caseId, partner.id, 'health')).body.code).toBe('REFERRAL.PARTNER_DOES_NOT_OFFER');
    expect((await refer(coordinator, kase.data.caseId, randomUUID())).body.code).toBe('REFERRAL.PARTNER_NOT_FOUND');
    const closedCase = await refer(coordinator, other.data.caseId, partner.id);
    expect([closedCase.status, closedCase.body.code]).toEqual([409, 'REFERRAL.CASE_CLOSED']);

    const tapachula = await as('tapachula', 'coordinator');
    const elsewhere = await refer(tapachula, kase.data.caseId, partner.id);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'REFERRAL.CASE_NOT_FOUND']);
    const listElsewhere = await tapachula.get(`/v1/cases/${kase.data.caseId}/referrals`);
    expect([listElsewhere.status, listElsewhere.body.code]).toEqual([404, 'REFERRAL.CASE_NOT_FOUND']);
    // Tapachula's own partner cannot be used on Tijuana's case, nor Tijuana's partner on Tapachula's.
    const theirs = events.opened('tapachula');
    await deliver(theirs);
    expect((await refer(tapachula, theirs.data.caseId, partner.id)).body.code).toBe('REFERRAL.PARTNER_NOT_FOUND');
    expect((await coordinator.get(`/v1/cases/${kase.data.caseId}/referrals`)).body.items).toEqual([]);
  });

  it('refers a reopened case again', async () => {
    const { deliver, coordinator, addPartner, refer, consentToShare } = await referralTestApp();
    const kase = events.opened('tijuana');
    await deliver(kase, events.closed('tijuana', kase.data.caseId));
    const partner = await addPartner('Albergue Juventud 2000', ['shelter']);
    await consentToShare(kase, [partner.id]);
    expect((await refer(coordinator, kase.data.caseId, partner.id)).status).toBe(409);
    await deliver(events.reopened('tijuana', kase.data.caseId));
    expect((await refer(coordinator, kase.data.caseId, partner.id)).status).toBe(201);
  });

  it('is not for interpreters, who may still read the referrals made', async () => {
    const { deliver, coordinator, as, addPartner, refer, consentToShare } = await referralTestApp();
    const kase = events.opened('tijuana');
    await deliver(kase);
    const partner = await addPartner('Albergue Juventud 2000', ['shelter']);
    await consentToShare(kase, [partner.id]);
    const interpreter = await as('tijuana', 'interpreter');
    const refused = await refer(interpreter, kase.data.caseId, partner.id);
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    expect((await coordinator.get(`/v1/cases/${kase.data.caseId}/referrals`)).body.items).toEqual([]);
    await refer(coordinator, kase.data.caseId, partner.id);
    expect((await interpreter.get(`/v1/cases/${kase.data.caseId}/referrals`)).body.items).toHaveLength(1);
  });

  it.each([
    ['coordinator', 201],
    ['promoter', 403],
    ['lawyer', 403],
  ] as const)('to a partner without a signed agreement: %s → %i', async (role, status) => {
    const { deliver, as, addPartner, refer, consentToShare } = await referralTestApp();
    const kase = events.opened('tijuana');
    await deliver(kase);
    const unsigned = await addPartner('Comedor San Juan', ['food'], false);
    const signed = await addPartner('Casa del Migrante', ['food'], true);
    await consentToShare(kase, [unsigned.id, signed.id]);
    const caller = await as('tijuana', role);
    const res = await refer(caller, kase.data.caseId, unsigned.id, 'food');
    expect(res.status).toBe(status);
    if (status === 403) expect(res.body.code).toBe('REFERRAL.AGREEMENT_REQUIRED');
    // With an agreement, every referrer may.
    expect((await refer(caller, kase.data.caseId, signed.id, 'food')).status).toBe(201);
    expect((await caller.get(`/v1/cases/${kase.data.caseId}/referrals`)).body.items).toHaveLength(status === 201 ? 2 : 1);
  });

  it("hands a case's referrals out a page at a time, in the order they were made, with no repeat or gap", async () => {
    const { deliver, coordinator, addPartner, refer, consentToShare } = await referralTestApp();
    const kase = events.opened('tijuana');
    const another = events.opened('tijuana');
    await deliver(kase, another);
    const partner = await addPartner('Casa del Migrante', ['shelter', 'food', 'health']);
    await consentToShare(kase, [partner.id]);
    await consentToShare(another, [partner.id]);
    const made: string[] = [];
    for (const need of ['shelter', 'food', 'health', 'shelter', 'food']) made.push((await refer(coordinator, kase.data.caseId, partner.id, need)).body.id);
    await refer(coordinator, another.data.caseId, partner.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await coordinator.get(`/v1/cases/${kase.data.caseId}/referrals?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((r: { id: string }) => r.id));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    // Made in the same instant (the test clock stands still): the id settles the order.
    expect(seen).toEqual([...made].sort());
    const bad = await coordinator.get(`/v1/cases/${kase.data.caseId}/referrals?cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`);
    expect([bad.status, bad.body.errors[0].field]).toEqual([422, 'query.cursor']);
    expect((await coordinator.get(`/v1/cases/${kase.data.caseId}/referrals?limit=101`)).status).toBe(422);
  });
});
