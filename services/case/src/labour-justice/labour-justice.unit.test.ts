import { eventRegistry } from '@corredor/contracts';
import request from 'supertest';
import { bearer, caseWorkTestApp, TAPACHULA_CASE, TIJUANA_CASE, TIJUANA_CLOSED_CASE } from '../timeline/test-fixtures';

const claims = `/v1/cases/${TIJUANA_CASE}/labour-claims`;
const newClaim = {
  employer: 'Maquiladora del Pacífico',
  claimType: 'unpaid-wages',
  authority: 'conciliation-centre',
  currency: 'MXN',
  amounts: { claimed: '15500.5' },
};

async function setup() {
  const built = caseWorkTestApp();
  const lawyer = await bearer('tijuana', 'lawyer', 'staff-lucia');
  const record = async (body: object = newClaim) => request(built.app).post(claims).set('Authorization', lawyer).send(body);
  return {
    ...built,
    lawyer,
    record,
    interpreter: await bearer('tijuana', 'interpreter', 'staff-jean'),
    tapachula: await bearer('tapachula', 'coordinator', 'staff-rosa'),
  };
}

describe('labour-justice claims', () => {
  it('records a claim with its amounts to the cent and announces its types, status and amounts, never the employer', async () => {
    const { record, caseEvents } = await setup();
    const res = await record();
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`${claims}/${res.body.id}`);
    expect(res.body).toMatchObject({
      employer: 'Maquiladora del Pacífico',
      status: 'preparing',
      nextStatuses: ['conciliation-filed', 'lawsuit-filed', 'abandoned'],
      currency: 'MXN',
      amounts: { claimed: '15500.50', agreed: null, awarded: null, received: null, outstanding: null },
      hearings: [],
      createdBy: 'staff-lucia',
      version: 1,
    });
    const [event] = await caseEvents();
    expect(eventRegistry.parse(event)).toMatchObject({ ok: true });
    expect(event).toMatchObject({
      type: 'case.labour-claim-changed',
      subject: TIJUANA_CASE,
      data: { claimId: res.body.id, claimType: 'unpaid-wages', authority: 'conciliation-centre', status: 'preparing', currency: 'MXN', amountClaimed: '15500.50', amountAgreed: null, amountAwarded: null, amountReceived: null },
    });
    expect(JSON.stringify(event)).not.toMatch(/Maquiladora|staff-lucia/);
  });

  it('follows the allowed transitions, asks for the amount of an agreement, and counts what is owed in cents', async () => {
    const { app, lawyer, record, caseEvents } = await setup();
    const { body: claim } = await record();
    const patch = (body: object) => request(app).patch(`${claims}/${claim.id}`).set('Authorization', lawyer).send(body);

    const filed = await patch({ expectedVersion: 1, status: 'conciliation-filed', dates: { conciliationFiledOn: '2026-11-10' } });
    expect(filed.body).toMatchObject({ status: 'conciliation-filed', dates: { conciliationFiledOn: '2026-11-10' }, version: 2 });

    const noAmount = await patch({ expectedVersion: 2, status: 'agreement' });
    expect([noAmount.status, noAmount.body.code]).toEqual([422, 'CASE.CLAIM_AMOUNT_REQUIRED']);

    const agreed = await patch({ expectedVersion: 2, status: 'agreement', amounts: { agreed: '1000.30' }, dates: { agreementOn: '2026-11-20' } });
    expect(agreed.body).toMatchObject({ status: 'agreement', amounts: { agreed: '1000.30', outstanding: '1000.30' }, version: 3 });

    // 1000.30 - 1000.10 in floating point is 0.19999999999993179.
    const paid = await patch({ expectedVersion: 3, amounts: { received: '1000.10' } });
    expect(paid.body.amounts).toEqual({ claimed: '15500.50', agreed: '1000.30', awarded: null, received: '1000.10', outstanding: '0.20' });

    const done = await patch({ expectedVersion: 4, status: 'paid' });
    expect(done.body).toMatchObject({ status: 'paid', nextStatuses: [] });
    const backwards = await patch({ expectedVersion: 5, status: 'in-trial' });
    expect([backwards.status, backwards.body.code]).toEqual([409, 'CASE.CLAIM_INVALID_TRANSITION']);

    const events = await caseEvents();
    expect(events.map((e) => e.data['status'])).toEqual(['preparing', 'conciliation-filed', 'agreement', 'agreement', 'paid']);
    expect(events[4]?.data).toMatchObject({ amountClaimed: '15500.50', amountAgreed: '1000.30', amountAwarded: null, amountReceived: '1000.10' });
  });

  it('announces an award apart from an earlier agreement, and says nothing when a change changes nothing', async () => {
    const { app, lawyer, record, caseEvents } = await setup();
    // An agreement the employer did not honour, then a judgment: both amounts stay on record.
    const { body: claim } = await record({ ...newClaim, authority: 'labour-court', status: 'in-trial', amounts: { claimed: '15500.5', agreed: '8000' } });
    const awarded = await request(app)
      .patch(`${claims}/${claim.id}`)
      .set('Authorization', lawyer)
      .send({ expectedVersion: 1, status: 'awarded', amounts: { awarded: '20000' }, dates: { judgmentOn: '2026-11-22' } });
    expect(awarded.body.amounts).toMatchObject({ agreed: '8000.00', awarded: '20000.00', outstanding: '20000.00' });
    const same = await request(app).patch(`${claims}/${claim.id}`).set('Authorization', lawyer).send({ expectedVersion: 2, status: 'awarded' });
    expect(same.body.version).toBe(2);
    const events = await caseEvents();
    expect(events).toHaveLength(2);
    expect(events.map((e) => eventRegistry.parse(e).ok)).toEqual([true, true]);
    expect(events[0]?.data).toMatchObject({ status: 'in-trial', amountAgreed: '8000.00', amountAwarded: null });
    expect(events[1]?.data).toMatchObject({ status: 'awarded', amountAgreed: '8000.00', amountAwarded: '20000.00' });
  });

  it('refuses a stale version, with CASE.CLAIM_VERSION_CONFLICT', async () => {
    const { app, lawyer, record } = await setup();
    const { body: claim } = await record();
    await request(app).patch(`${claims}/${claim.id}`).set('Authorization', lawyer).send({ expectedVersion: 1, amounts: { claimed: '16000' } });
    const stale = await request(app).patch(`${claims}/${claim.id}`).set('Authorization', lawyer).send({ expectedVersion: 1, employer: 'Otra' });
    expect([stale.status, stale.body.code]).toEqual([409, 'CASE.CLAIM_VERSION_CONFLICT']);
    const now = await request(app).get(`${claims}/${claim.id}`).set('Authorization', lawyer);
    expect(now.body).toMatchObject({ employer: 'Maquiladora del Pacífico', amounts: { claimed: '16000.00' }, version: 2 });
  });

  it('keeps hearings in date order, and takes an outcome only once a hearing was held', async () => {
    const { app, lawyer, record } = await setup();
    const { body: claim } = await record({ ...newClaim, status: 'in-conciliation' });
    const hearings = `${claims}/${claim.id}/hearings`;
    const scheduled = await request(app).post(hearings).set('Authorization', lawyer).send({ on: '2026-12-01', kind: 'conciliation' });
    expect(scheduled.status).toBe(201);
    const held = await request(app).post(hearings).set('Authorization', lawyer).send({ on: '2026-11-12', kind: 'conciliation', outcome: 'employer-absent', expectedVersion: 2 });
    expect(held.body.hearings.map((h: { on: string; outcome: string | null }) => [h.on, h.outcome])).toEqual([
      ['2026-11-12', 'employer-absent'],
      ['2026-12-01', null],
    ]);
    const future = held.body.hearings[1].id;
    const tooSoon = await request(app).patch(`${hearings}/${future}`).set('Authorization', lawyer).send({ outcome: 'agreement', expectedVersion: 3 });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.outcome']);
    const futureWithOutcome = await request(app).post(hearings).set('Authorization', lawyer).send({ on: '2026-12-05', kind: 'trial', outcome: 'held' });
    expect(futureWithOutcome.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.on']);
    const past = held.body.hearings[0].id;
    const corrected = await request(app).patch(`${hearings}/${past}`).set('Authorization', lawyer).send({ outcome: 'postponed', expectedVersion: 3 });
    expect(corrected.body.hearings[0]).toMatchObject({ id: past, outcome: 'postponed' });
    const unknown = await request(app).patch(`${hearings}/${TIJUANA_CASE}`).set('Authorization', lawyer).send({ outcome: 'held', expectedVersion: 4 });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CASE.HEARING_NOT_FOUND']);
  });

  it('answers 422 with the fields at fault', async () => {
    const { app, lawyer, record } = await setup();
    const fields = (res: request.Response) => res.body.errors.map((e: { field: string }) => e.field).sort();
    const bad = await record({ employer: ' ', claimType: 'robbery', authority: 'conciliation-centre', currency: 'pesos', amounts: { claimed: '10.505', received: -3 } });
    expect(bad.status).toBe(422);
    expect(fields(bad)).toEqual(['body.amounts.claimed', 'body.amounts.received', 'body.claimType', 'body.currency', 'body.employer']);
    const future = await record({ ...newClaim, dates: { conciliationFiledOn: '2026-11-24' } });
    expect(future.body.errors).toEqual([{ field: 'body.dates.conciliationFiledOn', message: "is after today in the centre's time zone" }]);
    const { body: claim } = await record();
    expect(fields(await request(app).patch(`${claims}/${claim.id}`).set('Authorization', lawyer).send({ expectedVersion: 1 }))).toEqual(['body']);
    expect(fields(await request(app).patch(`${claims}/${claim.id}`).set('Authorization', lawyer).send({ status: 'paid', currency: 'USD' }))).toEqual(['body', 'body.expectedVersion']);
  });

  it('lets interpreters read claims but not write them, and refuses work on a closed case', async () => {
    const { app, interpreter, lawyer, record } = await setup();
    const { body: claim } = await record();
    expect((await request(app).get(`${claims}/${claim.id}`).set('Authorization', interpreter)).status).toBe(200);
    const write = await request(app).patch(`${claims}/${claim.id}`).set('Authorization', interpreter).send({ expectedVersion: 1, status: 'abandoned' });
    expect(write.status).toBe(403);
    const closed = await request(app).post(`/v1/cases/${TIJUANA_CLOSED_CASE}/labour-claims`).set('Authorization', lawyer).send(newClaim);
    expect([closed.status, closed.body.code]).toEqual([409, 'CASE.CLOSED']);
  });

  it('lists claims newest first, a page at a time', async () => {
    const { app, lawyer, record } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.unshift((await record()).body.id);
    const first = await request(app).get(`${claims}?limit=2`).set('Authorization', lawyer);
    const second = await request(app).get(`${claims}?limit=2&cursor=${first.body.nextCursor}`).set('Authorization', lawyer);
    const seen = [...first.body.items, ...second.body.items].map((c: { id: string }) => c.id);
    // Recorded at the same instant (a fixed clock): newest first means highest id first.
    expect(seen).toEqual([...ids].sort().reverse());
    expect(second.body.nextCursor).toBeNull();
  });

  it("keeps Tijuana's claims from Tapachula's staff: 404 everywhere, nothing in their lists", async () => {
    const { app, tapachula, lawyer, record } = await setup();
    const { body: claim } = await record();
    const tries = [
      request(app).get(claims).set('Authorization', tapachula),
      request(app).post(claims).set('Authorization', tapachula).send(newClaim),
      request(app).get(`${claims}/${claim.id}`).set('Authorization', tapachula),
      request(app).patch(`${claims}/${claim.id}`).set('Authorization', tapachula).send({ expectedVersion: 1, status: 'abandoned' }),
      request(app).post(`${claims}/${claim.id}/hearings`).set('Authorization', tapachula).send({ on: '2026-12-01', kind: 'conciliation' }),
    ];
    for (const res of await Promise.all(tries)) expect([res.status, res.body.code]).toEqual([404, 'CASE.NOT_FOUND']);
    const own = `/v1/cases/${TAPACHULA_CASE}/labour-claims`;
    const viaOwnCase = await request(app).patch(`${own}/${claim.id}`).set('Authorization', tapachula).send({ expectedVersion: 1, status: 'abandoned' });
    expect([viaOwnCase.status, viaOwnCase.body.code]).toEqual([404, 'CASE.CLAIM_NOT_FOUND']);
    expect((await request(app).get(own).set('Authorization', tapachula)).body).toEqual({ items: [], nextCursor: null });
    expect((await request(app).get(`${claims}/${claim.id}`).set('Authorization', lawyer)).body.status).toBe('preparing');
  });
});
