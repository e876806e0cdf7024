import { createEvent, eventRegistry, intakeSubmittedV1, TOPICS } from '@corredor/contracts';
import { changeTestCentre, consumingTestApp, networkTokenFor, tokenFor } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';

function intakeSubmitted(tenant: string, intakeId: string = randomUUID(), yearOfBirth: number | null = 1994) {
  return createEvent(
    intakeSubmittedV1,
    {
      intakeId,
      alias: 'Marie Joseph',
      sex: 'female',
      yearOfBirth,
      nationality: 'HT',
      languages: ['ht'],
      consent: { storeData: true, recordedAt: '2026-11-23T14:00:00.000Z' },
      interviewedBy: 'ana',
      submittedAt: '2026-11-23T14:00:00.000Z',
    },
    { tenant, source: '/corredor/intake', correlationId: 'req-1', causationId: 'req-1', subject: intakeId },
  );
}

async function setup() {
  const service = await consumingTestApp(buildApp);
  const { deps } = service;
  const deliver = async (...events: ReturnType<typeof intakeSubmitted>[]) => {
    await service.deliver(...events);
    await service.relay?.publishBatch();
  };
  const caseEvents = () => deps.bus.messages(TOPICS.caseEvents).map((m) => JSON.parse(m.value));
  const tijuana = `Bearer ${await tokenFor('tijuana', ['promoter'])}`;
  const tapachula = `Bearer ${await tokenFor('tapachula', ['coordinator'])}`;
  return { ...service, deliver, caseEvents, tijuana, tapachula };
}

describe('opening cases from intakes', () => {
  it('opens one open case per intake and announces case.opened without personal data', async () => {
    const { app, deliver, caseEvents, tijuana } = await setup();
    const submitted = intakeSubmitted('tijuana');
    await deliver(submitted);
    const list = await request(app).get('/v1/cases').set('Authorization', tijuana);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ intakeId: submitted.data.intakeId, alias: 'Marie Joseph', status: 'open', profile: { ageBand: '30-44' } }] });

    const [opened] = caseEvents();
    expect(eventRegistry.parse(opened)).toMatchObject({ ok: true });
    expect(opened).toMatchObject({ type: 'case.opened', tenantid: 'tijuana', correlationid: 'req-1', causationid: submitted.id, subject: list.body.items[0].id });
    expect(JSON.stringify(opened)).not.toMatch(/Marie|1994|yearOfBirth/);
  });

  it('opens a single case when the same intake arrives twice, even as two different events', async () => {
    const { app, deliver, caseEvents, tijuana } = await setup();
    const submitted = intakeSubmitted('tijuana');
    await deliver(submitted, submitted, intakeSubmitted('tijuana', submitted.data.intakeId));
    expect((await request(app).get('/v1/cases').set('Authorization', tijuana)).body.total).toBe(1);
    expect(caseEvents()).toHaveLength(1);
  });

  it("keeps each centre's cases to itself", async () => {
    const { app, deliver, tijuana, tapachula } = await setup();
    await deliver(intakeSubmitted('tijuana'), intakeSubmitted('tapachula'), intakeSubmitted('tapachula'));
    const own = await request(app).get('/v1/cases').set('Authorization', tijuana);
    expect(own.body.total).toBe(1);
    const theirs = await request(app).get(`/v1/cases/${own.body.items[0].id}`).set('Authorization', tapachula);
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('CASE.NOT_FOUND');
    expect((await request(app).get('/v1/cases').set('Authorization', tapachula)).body.total).toBe(2);
  });

  it("shows no case to an operator, nor to an archived centre's staff", async () => {
    const { app, deps, deliver, tijuana } = await setup();
    await deliver(intakeSubmitted('tijuana'));
    const operator = `Bearer ${await networkTokenFor('red-corredor-mx', ['operator'])}`;
    const asOperator = await request(app).get('/v1/cases').set('Authorization', operator);
    expect(asOperator.status).toBe(403);
    expect(JSON.stringify(asOperator.body)).not.toContain('Marie');
    changeTestCentre(deps.centres, 'tijuana', { status: 'archived' });
    const archived = await request(app).get('/v1/cases').set('Authorization', tijuana);
    expect(archived.status).toBe(403);
    expect(archived.body.code).toBe('CENTRE.ARCHIVED');
  });
});

describe('closing a case', () => {
  async function openOne() {
    const s = await setup();
    await s.deliver(intakeSubmitted('tijuana'));
    const id: string = (await request(s.app).get('/v1/cases').set('Authorization', s.tijuana)).body.items[0].id;
    return { ...s, id };
  }

  it('closes with an outcome and announces case.closed', async () => {
    const { app, tijuana, id, relay, caseEvents } = await openOne();
    const res = await request(app).post(`/v1/cases/${id}/close`).set('Authorization', tijuana).send({ outcome: 'resolved', expectedVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', outcome: 'resolved', closedAt: '2026-11-23T15:00:00.000Z', version: 2 });
    await relay?.publishBatch();
    expect(caseEvents().map((e) => e.type)).toEqual(['case.opened', 'case.closed']);
    expect((await request(app).get('/v1/cases?status=closed').set('Authorization', tijuana)).body.total).toBe(1);
  });

  it('refuses to close twice (CASE.ALREADY_CLOSED) and refuses a stale version (CASE.VERSION_CONFLICT)', async () => {
    const { app, tijuana, id } = await openOne();
    await request(app).post(`/v1/cases/${id}/close`).set('Authorization', tijuana).send({ outcome: 'resolved', expectedVersion: 1 });
    const stale = await request(app).post(`/v1/cases/${id}/close`).set('Authorization', tijuana).send({ outcome: 'withdrawn', expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CASE.VERSION_CONFLICT');
    const twice = await request(app).post(`/v1/cases/${id}/close`).set('Authorization', tijuana).send({ outcome: 'withdrawn', expectedVersion: 2 });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CASE.ALREADY_CLOSED');
  });

  it('validates the outcome and the query string with field errors', async () => {
    const { app, tijuana, id } = await openOne();
    const res = await request(app).post(`/v1/cases/${id}/close`).set('Authorization', tijuana).send({ outcome: 'vanished' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CASE.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.expectedVersion', 'body.outcome']);
    const query = await request(app).get('/v1/cases?limit=0&status=lost').set('Authorization', tijuana);
    expect(query.status).toBe(422);
    expect(query.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.limit', 'query.status']);
  });
});
