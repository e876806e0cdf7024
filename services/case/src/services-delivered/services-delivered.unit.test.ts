import { eventRegistry } from '@corredor/contracts';
import request from 'supertest';
import { bearer, caseWorkTestApp, NO_CASE, TAPACHULA_CASE, TIJUANA_CASE, TIJUANA_CLOSED_CASE } from '../timeline/test-fixtures';

async function setup(options: Parameters<typeof caseWorkTestApp>[0] = {}) {
  const built = caseWorkTestApp(options);
  return {
    ...built,
    promoter: await bearer('tijuana', 'promoter', 'staff-ana'),
    interpreter: await bearer('tijuana', 'interpreter', 'jean'),
    tapachula: await bearer('tapachula', 'coordinator', 'rosa'),
  };
}

const accompaniment = {
  type: 'accompaniment',
  deliveredOn: '2026-11-20',
  language: 'ht',
  durationMinutes: 180,
  accompaniment: { office: 'SAT', procedure: 'tax-registration' },
  note: 'Marie obtuvo su RFC; volver por la constancia',
};

describe('logging services delivered on a case', () => {
  it('logs an accompaniment by the caller and announces it without free text or staff', async () => {
    const { app, promoter, caseEvents } = await setup();
    const res = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter).send(accompaniment);
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`/v1/cases/${TIJUANA_CASE}/services/${res.body.id}`);
    expect(res.body).toMatchObject({
      caseId: TIJUANA_CASE,
      type: 'accompaniment',
      deliveredOn: '2026-11-20',
      deliveredBy: 'staff-ana',
      recordedBy: 'staff-ana',
      accompaniment: { office: 'SAT', procedure: 'tax-registration' },
      note: accompaniment.note,
      voided: null,
      recordedAt: '2026-11-23T15:00:00.000Z',
    });
    const events = await caseEvents();
    expect(events).toHaveLength(1);
    expect(eventRegistry.parse(events[0])).toMatchObject({ ok: true });
    expect(events[0]).toMatchObject({
      type: 'case.service-recorded',
      subject: TIJUANA_CASE,
      tenantid: 'tijuana',
      data: { caseId: TIJUANA_CASE, serviceId: res.body.id, type: 'accompaniment', deliveredOn: '2026-11-20', language: 'ht', durationMinutes: 180 },
    });
    expect(JSON.stringify(events[0])).not.toMatch(/Marie|RFC|staff-ana/);
  });

  it('records who delivered it when another did, and interprets into the person’s language by default', async () => {
    const { app, interpreter } = await setup();
    const res = await request(app)
      .post(`/v1/cases/${TIJUANA_CASE}/services`)
      .set('Authorization', interpreter)
      .send({ type: 'interpretation', deliveredOn: '2026-11-23', deliveredBy: 'luis', interpretation: { fromLanguage: 'es', toLanguage: 'ht' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ deliveredBy: 'luis', recordedBy: 'jean', language: 'ht', durationMinutes: null, interpretation: { fromLanguage: 'es', toLanguage: 'ht' } });
  });

  it('answers 422 with the fields at fault', async () => {
    const { app, promoter } = await setup();
    const post = (body: object) => request(app).post(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter).send(body);
    const fields = (res: request.Response) => res.body.errors.map((e: { field: string }) => e.field).sort();

    const accompanied = await post({ type: 'accompaniment', deliveredOn: '2026-02-30', accompaniment: { office: 'Hacienda', procedure: 'curp' }, durationMinutes: 0, language: 'Kreyòl' });
    expect(accompanied.status).toBe(422);
    expect(accompanied.body.code).toBe('CASE.VALIDATION_FAILED');
    expect(fields(accompanied)).toEqual(['body.accompaniment.office', 'body.deliveredOn', 'body.durationMinutes', 'body.language']);

    expect(fields(await post({ type: 'interpretation', deliveredOn: '2026-11-20', interpretation: { fromLanguage: 'ht', toLanguage: 'ht' } }))).toEqual(['body.interpretation.toLanguage']);
    expect(fields(await post({ type: 'other', deliveredOn: '2026-11-20' }))).toEqual(['body.other']);
    expect(fields(await post({ type: 'guidance', deliveredOn: '2026-11-20' }))).toEqual(['body.type']);
    expect(fields(await post({ type: 'job-opportunities', deliveredOn: '2026-11-20', accompaniment: accompaniment.accompaniment }))).toEqual(['body']);
    expect(fields(await post({ type: 'other', deliveredOn: '2026-11-20', other: { description: 'Charla\u202Eoculta' } }))).toEqual(['body.other.description']);
  });

  it("refuses a day that has not come yet at the centre, though it has in UTC", async () => {
    // 03:00 UTC on the 24th is still the evening of the 23rd in Tijuana.
    const { app, promoter } = await setup({ deps: { clock: () => new Date('2026-11-24T03:00:00.000Z') } });
    const post = (deliveredOn: string) =>
      request(app).post(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter).send({ type: 'labour-rights-guidance', deliveredOn });
    const tomorrow = await post('2026-11-24');
    expect(tomorrow.status).toBe(422);
    expect(tomorrow.body.errors).toEqual([{ field: 'body.deliveredOn', message: "is after today in the centre's time zone" }]);
    expect((await post('2026-11-23')).status).toBe(201);
  });

  it('refuses a closed case (CASE.CLOSED) and an unknown one (404), announcing nothing', async () => {
    const { app, promoter, caseEvents } = await setup();
    const closed = await request(app).post(`/v1/cases/${TIJUANA_CLOSED_CASE}/services`).set('Authorization', promoter).send(accompaniment);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('CASE.CLOSED');
    const unknown = await request(app).post(`/v1/cases/${NO_CASE}/services`).set('Authorization', promoter).send(accompaniment);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CASE.NOT_FOUND');
    expect(await caseEvents()).toEqual([]);
  });

  it('lists the most recently delivered first, a page at a time', async () => {
    const { app, promoter } = await setup();
    for (const deliveredOn of ['2026-11-18', '2026-11-21', '2026-11-19']) {
      await request(app).post(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter).send({ type: 'procedures-guidance', deliveredOn });
    }
    const first = await request(app).get(`/v1/cases/${TIJUANA_CASE}/services?limit=2`).set('Authorization', promoter);
    expect(first.status).toBe(200);
    expect(first.body.items.map((s: { deliveredOn: string }) => s.deliveredOn)).toEqual(['2026-11-21', '2026-11-19']);
    const second = await request(app).get(`/v1/cases/${TIJUANA_CASE}/services?limit=2&cursor=${first.body.nextCursor}`).set('Authorization', promoter);
    expect(second.body).toMatchObject({ items: [{ deliveredOn: '2026-11-18' }], nextCursor: null });
    const bad = await request(app).get(`/v1/cases/${TIJUANA_CASE}/services?limit=500&cursor=nonsense`).set('Authorization', promoter);
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.limit']);
    const tampered = await request(app).get(`/v1/cases/${TIJUANA_CASE}/services?cursor=nonsense`).set('Authorization', promoter);
    expect(tampered.status).toBe(422);
    expect(tampered.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.cursor']);
  });

  it('voids a mistaken entry: it stays listed, marked with who and why, once only, and announces it without the reason or staff', async () => {
    const { app, promoter, interpreter, caseEvents } = await setup();
    const logged = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter).send(accompaniment);
    const voided = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services/${logged.body.id}/void`).set('Authorization', interpreter).send({ reason: 'Registrado dos veces' });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ id: logged.body.id, voided: { by: 'jean', reason: 'Registrado dos veces', at: '2026-11-23T15:00:00.000Z' }, version: 2 });
    const list = await request(app).get(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter);
    expect(list.body.items).toMatchObject([{ id: logged.body.id, voided: { by: 'jean' } }]);
    const again = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services/${logged.body.id}/void`).set('Authorization', promoter).send({ reason: 'otra vez' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CASE.SERVICE_ALREADY_VOIDED');
    const missing = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services/${NO_CASE}/void`).set('Authorization', promoter).send({ reason: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('CASE.SERVICE_NOT_FOUND');
    const noReason = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services/${logged.body.id}/void`).set('Authorization', promoter).send({ reason: '  ' });
    expect(noReason.body.errors).toEqual([{ field: 'body.reason', message: 'must not be empty' }]);
    const events = await caseEvents();
    expect(events.map((e) => e.type)).toEqual(['case.service-recorded', 'case.service-voided']);
    expect(eventRegistry.parse(events[1])).toMatchObject({ ok: true });
    expect(events[1]).toMatchObject({
      subject: TIJUANA_CASE,
      tenantid: 'tijuana',
      data: { caseId: TIJUANA_CASE, serviceId: logged.body.id, type: 'accompaniment', voidedAt: '2026-11-23T15:00:00.000Z' },
    });
    expect(JSON.stringify(events[1])).not.toMatch(/Registrado|jean|Marie/);
  });

  it("keeps Tijuana's services from Tapachula's staff: 404 on the case, nothing in their lists", async () => {
    const { app, promoter, tapachula, caseEvents } = await setup();
    const logged = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter).send(accompaniment);
    const post = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', tapachula).send(accompaniment);
    expect([post.status, post.body.code]).toEqual([404, 'CASE.NOT_FOUND']);
    const list = await request(app).get(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', tapachula);
    expect([list.status, list.body.code]).toEqual([404, 'CASE.NOT_FOUND']);
    const voidIt = await request(app).post(`/v1/cases/${TIJUANA_CASE}/services/${logged.body.id}/void`).set('Authorization', tapachula).send({ reason: 'x' });
    expect(voidIt.status).toBe(404);
    const throughOwnCase = await request(app).post(`/v1/cases/${TAPACHULA_CASE}/services/${logged.body.id}/void`).set('Authorization', tapachula).send({ reason: 'x' });
    expect([throughOwnCase.status, throughOwnCase.body.code]).toEqual([404, 'CASE.SERVICE_NOT_FOUND']);
    const own = await request(app).get(`/v1/cases/${TAPACHULA_CASE}/services`).set('Authorization', tapachula);
    expect(own.body).toEqual({ items: [], nextCursor: null });
    const still = await request(app).get(`/v1/cases/${TIJUANA_CASE}/services`).set('Authorization', promoter);
    expect(still.body.items[0].voided).toBeNull();
    expect((await caseEvents()).map((e) => e.type)).toEqual(['case.service-recorded']);
  });
});
