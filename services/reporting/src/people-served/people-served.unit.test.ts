import { caseOpenedV1, createEvent, type AgeBand, type Sex } from '@corredor/contracts';
import { changeTestCentre, consumingTestApp, networkTokenFor, tokenFor } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';

function opened(tenant: string, sex: Sex, nationality: string, ageBand: AgeBand = '18-29', openedAt = '2026-11-20T10:00:00.000Z') {
  const caseId = randomUUID();
  return createEvent(
    caseOpenedV1,
    { caseId, intakeId: randomUUID(), openedAt, profile: { sex, ageBand, nationality, languages: nationality === 'HT' ? ['ht', 'fr'] : ['es'] } },
    { tenant, source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId },
  );
}

async function setup() {
  const built = await consumingTestApp(buildApp);
  return { ...built, token: `Bearer ${await tokenFor('tijuana', ['coordinator'])}` };
}

describe('GET /v1/reports/people-served', () => {
  it('counts people served by sex, nationality, age band and language for the centre', async () => {
    const { app, deliver, token } = await setup();
    await deliver(opened('tijuana', 'female', 'HT'), opened('tijuana', 'female', 'HN', '30-44'), opened('tijuana', 'male', 'HT'), opened('tapachula', 'male', 'GT'));
    const res = await request(app).get('/v1/reports/people-served').set('Authorization', token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      centre: 'tijuana',
      period: { from: '2026-01-01', to: '2026-12-31', timeZone: 'America/Tijuana' },
      total: 3,
      bySex: { female: 2, male: 1 },
      byNationality: { HN: 1, HT: 2 },
      byAgeBand: { '18-29': 2, '30-44': 1 },
      byLanguage: { es: 1, fr: 2, ht: 2 },
    });
  });

  it('counts a person once however often the event is delivered', async () => {
    const { app, deliver, token } = await setup();
    const event = opened('tijuana', 'female', 'HT');
    await deliver(event, event, { ...event, id: randomUUID() });
    expect((await request(app).get('/v1/reports/people-served').set('Authorization', token)).body.total).toBe(1);
  });

  it("limits the count to the period asked for, both days included, in the centre's own time zone", async () => {
    const { app, deliver, token } = await setup();
    await deliver(
      // 31 Oct 23:59:59 in Tijuana (UTC-7 until the clocks go back on 1 Nov).
      opened('tijuana', 'female', 'HT', '18-29', '2026-11-01T06:59:59.000Z'),
      // 1 Nov 00:00 in Tijuana.
      opened('tijuana', 'female', 'HT', '18-29', '2026-11-01T07:00:00.000Z'),
      // 30 Nov 23:30 in Tijuana (UTC-8), already 1 Dec in UTC: it counts on 30 Nov.
      opened('tijuana', 'male', 'HT', '18-29', '2026-12-01T07:30:00.000Z'),
      // 1 Dec 00:00 in Tijuana.
      opened('tijuana', 'male', 'HT', '18-29', '2026-12-01T08:00:00.000Z'),
    );
    const res = await request(app).get('/v1/reports/people-served?from=2026-11-01&to=2026-11-30').set('Authorization', token);
    expect(res.body).toMatchObject({ period: { from: '2026-11-01', to: '2026-11-30', timeZone: 'America/Tijuana' }, total: 2, bySex: { female: 1, male: 1 } });
  });

  it("defaults to the centre's current year on its own calendar", async () => {
    const { app, deliver, deps, token } = await setup();
    // The test clock says 2026-11-23T15:00Z; on New Year's Eve at 21:00 in Tijuana it is already 2027 in UTC.
    await deliver(opened('tijuana', 'female', 'HT', '18-29', '2027-01-01T05:00:00.000Z'), opened('tijuana', 'male', 'HT', '18-29', '2025-12-31T12:00:00.000Z'));
    const res = await request(app).get('/v1/reports/people-served').set('Authorization', token);
    expect(res.body).toMatchObject({ period: { from: '2026-01-01', to: '2026-12-31' }, total: 1, bySex: { female: 1 } });
    changeTestCentre(deps.centres, 'tijuana', { timeZone: 'UTC' });
    expect((await request(app).get('/v1/reports/people-served').set('Authorization', token)).body).toMatchObject({ period: { timeZone: 'UTC' }, total: 0 });
  });

  it('is for the centre itself: operators and network analysts get no report of it here', async () => {
    const { app } = await setup();
    const analyst = await request(app).get('/v1/reports/people-served').set('Authorization', `Bearer ${await networkTokenFor('red-corredor-mx', ['network-analyst'])}`);
    expect(analyst.status).toBe(403);
    expect(analyst.body.code).toBe('AUTH.CENTRE_STAFF_ONLY');
  });

  it('refuses a period that is not one', async () => {
    const { app, token } = await setup();
    const res = await request(app).get('/v1/reports/people-served?from=2026-12-01&to=2026-11-01').set('Authorization', token);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'REPORTING.VALIDATION_FAILED', errors: [{ field: 'query.from' }] });
    const bad = await request(app).get('/v1/reports/people-served?from=yesterday').set('Authorization', token);
    expect(bad.body.errors[0].field).toBe('query.from');
  });
});
