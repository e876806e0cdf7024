import { eventRegistry, TOPICS } from '@corredor/contracts';
import { changeTestCentre, networkTokenFor, testAppDeps, tokenFor } from '@corredor/service-kit';
import request from 'supertest';
import { buildApp } from '../service';

const body = {
  alias: 'Marie Joseph',
  sex: 'female',
  yearOfBirth: 1994,
  nationality: 'HT',
  languages: ['ht', 'fr'],
  consent: { storeData: true },
};

async function setup() {
  const deps = testAppDeps();
  const built = buildApp(deps);
  const tijuana = `Bearer ${await tokenFor('tijuana', ['promoter'], 'ana@tijuana')}`;
  const tapachula = `Bearer ${await tokenFor('tapachula', ['coordinator'])}`;
  const publish = async () => {
    await built.relay?.publishBatch();
    return deps.bus.messages(TOPICS.intakeEvents);
  };
  return { ...built, deps, tijuana, tapachula, publish };
}

describe('POST /v1/intakes', () => {
  it('records the intake (201) and announces intake.submitted for the centre', async () => {
    const { app, tijuana, publish } = await setup();
    const res = await request(app).post('/v1/intakes').set('Authorization', tijuana).set('X-Request-Id', 'req-12345678').send(body);
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`/v1/intakes/${res.body.id}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ ...body, interviewedBy: 'ana@tijuana', submittedAt: '2026-11-23T15:00:00.000Z' });

    const messages = await publish();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.key).toBe(res.body.id);
    expect(messages[0]?.headers['tenant']).toBe('tijuana');
    const parsed = eventRegistry.parse(JSON.parse(messages[0]?.value ?? ''));
    expect(parsed).toMatchObject({
      ok: true,
      event: { type: 'intake.submitted', tenantid: 'tijuana', correlationid: 'req-12345678', data: { intakeId: res.body.id, alias: 'Marie Joseph' } },
    });
  });

  it('refuses invalid input with 422 and every field error, and saves and publishes nothing', async () => {
    const { app, tijuana, publish, module } = await setup();
    const res = await request(app)
      .post('/v1/intakes')
      .set('Authorization', tijuana)
      .send({ ...body, alias: '', sex: 'robot', nationality: 'XX', languages: [], consent: { storeData: false } });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 422, code: 'INTAKE.VALIDATION_FAILED', instance: '/v1/intakes' });
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['body.alias', 'body.consent.storeData', 'body.languages', 'body.nationality', 'body.sex']);
    expect(JSON.stringify(res.body)).not.toContain('robot');
    expect(await module.outbox?.countPending()).toBe(0);
    expect(await publish()).toHaveLength(0);
  });

  it('refuses fields it does not know instead of storing them', async () => {
    const { app, tijuana } = await setup();
    const res = await request(app).post('/v1/intakes').set('Authorization', tijuana).send({ ...body, curp: 'ABCD000000HDFXXX00' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('body');
    expect(JSON.stringify(res.body)).not.toContain('ABCD000000HDFXXX00');
  });

  it('refuses a year of birth in the future with its own code', async () => {
    const { app, tijuana } = await setup();
    const res = await request(app).post('/v1/intakes').set('Authorization', tijuana).send({ ...body, yearOfBirth: 2030 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INTAKE.YEAR_OF_BIRTH_IN_FUTURE');
  });

  it('answers a retried submission with the same Idempotency-Key with the first intake, once', async () => {
    const { app, tijuana, tapachula, publish } = await setup();
    const first = await request(app).post('/v1/intakes').set('Authorization', tijuana).set('Idempotency-Key', 'tablet-7-000123').send(body);
    const again = await request(app).post('/v1/intakes').set('Authorization', tijuana).set('Idempotency-Key', 'tablet-7-000123').send(body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    // The same key at another centre is another intake.
    const elsewhere = await request(app).post('/v1/intakes').set('Authorization', tapachula).set('Idempotency-Key', 'tablet-7-000123').send(body);
    expect(elsewhere.status).toBe(201);
    expect(await publish()).toHaveLength(2);
  });

  it('tells malformed JSON (400), non-JSON (415) and oversized bodies (413) apart', async () => {
    const { app, tijuana } = await setup();
    const malformed = await request(app).post('/v1/intakes').set('Authorization', tijuana).set('Content-Type', 'application/json').send('{"alias":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('REQUEST.MALFORMED_JSON');
    const text = await request(app).post('/v1/intakes').set('Authorization', tijuana).set('Content-Type', 'text/plain').send('alias=Marie');
    expect(text.status).toBe(415);
    const huge = await request(app).post('/v1/intakes').set('Authorization', tijuana).send({ ...body, alias: 'x'.repeat(200_000) });
    expect(huge.status).toBe(413);
  });
});

describe('access to intakes', () => {
  it('needs a valid bearer token', async () => {
    const { app } = await setup();
    const none = await request(app).post('/v1/intakes').send(body);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.body.code).toBe('AUTH.UNAUTHENTICATED');
    const forged = await request(app).get('/v1/intakes/0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10').set('Authorization', 'Bearer abc.def.ghi');
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('AUTH.INVALID_TOKEN');
  });

  it('is for centre staff: a network analyst or an operator may not record or read people', async () => {
    const { app, tijuana } = await setup();
    const created = await request(app).post('/v1/intakes').set('Authorization', tijuana).send(body);
    for (const role of ['network-analyst', 'operator'] as const) {
      const network = `Bearer ${await networkTokenFor('red-corredor-mx', [role])}`;
      const res = await request(app).post('/v1/intakes').set('Authorization', network).send(body);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
      const read = await request(app).get(`/v1/intakes/${created.body.id}`).set('Authorization', network);
      expect(read.status).toBe(403);
      expect(JSON.stringify(read.body)).not.toContain('Marie');
    }
  });

  it("refuses the staff of a suspended centre, and records nothing", async () => {
    const { app, deps, tijuana, publish } = await setup();
    changeTestCentre(deps.centres, 'tijuana', { status: 'suspended' });
    const res = await request(app).post('/v1/intakes').set('Authorization', tijuana).send(body);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CENTRE.SUSPENDED');
    expect(await publish()).toHaveLength(0);
  });

  it("shows an intake to its own centre and answers 404 to any other centre", async () => {
    const { app, tijuana, tapachula } = await setup();
    const created = await request(app).post('/v1/intakes').set('Authorization', tijuana).send(body);
    const own = await request(app).get(`/v1/intakes/${created.body.id}`).set('Authorization', tijuana);
    expect(own.status).toBe(200);
    expect(own.body.alias).toBe('Marie Joseph');
    const other = await request(app).get(`/v1/intakes/${created.body.id}`).set('Authorization', tapachula);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('INTAKE.NOT_FOUND');
  });
});

describe('health', () => {
  it('is alive without a token, and reads degraded (still 200) while the broker is down', async () => {
    const { app, deps } = await setup();
    expect((await request(app).get('/healthz')).status).toBe(200);
    expect((await request(app).get('/readyz')).body).toMatchObject({ status: 'ready', checks: { store: 'up', broker: 'up', centres: 'up' } });
    deps.bus.setAvailable(false);
    const degraded = await request(app).get('/readyz');
    expect(degraded.status).toBe(200);
    expect(degraded.body).toMatchObject({ status: 'degraded', checks: { broker: 'down' } });
  });

  it('sets security headers', async () => {
    const { app } = await setup();
    const res = await request(app).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });
});
