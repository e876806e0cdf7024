import { caseOpenedV1, caseOpenedV2, consentGivenV1, consentWithdrawnV1, createEvent, personErasedV1, type AgeBand, type ConsentScope, type Sex } from '@corredor/contracts';
import { changeTestCentre, consumingTestApp, networkTokenFor, tokenFor } from '@corredor/service-kit/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';
import { TestCase } from '../test-events';

interface Opening {
  ageBand?: AgeBand;
  openedAt?: string;
  personId?: string;
  countInStatistics?: boolean;
}

function opened(tenant: string, sex: Sex, nationality: string, { ageBand = '18-29', openedAt = '2026-11-20T10:00:00.000Z', personId = randomUUID(), countInStatistics = true }: Opening = {}) {
  const caseId = randomUUID();
  return createEvent(
    caseOpenedV2,
    {
      caseId,
      intakeId: randomUUID(),
      personId,
      openedAt,
      priority: 'normal',
      riskFlags: [],
      countInStatistics,
      profile: { sex, ageBand, nationality, languages: nationality === 'HT' ? ['ht', 'fr'] : ['es'] },
    },
    { tenant, source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId },
  );
}

const intakeMeta = (tenant: string, personId: string) => ({ tenant, source: '/corredor/intake', correlationId: 'r', causationId: 'r', subject: personId });
const statistics: ConsentScope = { purpose: 'statistics' };
const withdrawn = (tenant: string, personId: string, scope: ConsentScope = statistics, at = '2026-11-22T10:00:00.000Z') =>
  createEvent(consentWithdrawnV1, { personId, consentId: randomUUID(), scope, withdrawnAt: at }, intakeMeta(tenant, personId));
const given = (tenant: string, personId: string, at = '2026-11-23T10:00:00.000Z') =>
  createEvent(consentGivenV1, { personId, consentId: randomUUID(), scope: statistics, givenAt: at }, intakeMeta(tenant, personId));

async function setup() {
  const built = await consumingTestApp(buildApp);
  const token = `Bearer ${await tokenFor('tijuana', ['coordinator'])}`;
  const report = async (query = '', auth = token) => (await request(built.app).get(`/v1/reports/people-served${query}`).set('Authorization', auth)).body;
  return { ...built, token, report };
}

describe('GET /v1/reports/people-served', () => {
  // People, not cases: a person with two cases in the period counts once (see the people-served indicator).
  it('counts people served by sex, nationality, age band and language for the centre', async () => {
    const { app, deliver, token } = await setup();
    await deliver(opened('tijuana', 'female', 'HT'), opened('tijuana', 'female', 'HN', { ageBand: '30-44' }), opened('tijuana', 'male', 'HT'), opened('tapachula', 'male', 'GT'));
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

  it('still counts cases opened before case.opened v2', async () => {
    const { deliver, report } = await setup();
    const caseId = randomUUID();
    await deliver(
      createEvent(
        caseOpenedV1,
        { caseId, intakeId: randomUUID(), openedAt: '2026-11-20T10:00:00.000Z', profile: { sex: 'female', ageBand: '18-29', nationality: 'SV', languages: ['es-SV'] } },
        { tenant: 'tijuana', source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId },
      ),
    );
    expect(await report()).toMatchObject({ total: 1, byNationality: { SV: 1 }, byLanguage: { es: 1 } });
  });

  it("counts nationality 'unknown' and 'stateless' apart, from each other and from every country", async () => {
    const { deliver, report } = await setup();
    await deliver(opened('tijuana', 'female', 'unknown'), opened('tijuana', 'male', 'unknown'), opened('tijuana', 'male', 'stateless'), opened('tijuana', 'female', 'HT'));
    expect(await report()).toMatchObject({ total: 4, byNationality: { HT: 1, stateless: 1, unknown: 2 } });
  });

  it('does not count a case whose person did not agree to be counted', async () => {
    const { deliver, report } = await setup();
    await deliver(opened('tijuana', 'female', 'HT', { countInStatistics: false }), opened('tijuana', 'male', 'HN'));
    expect(await report()).toMatchObject({ total: 1, bySex: { male: 1 }, byNationality: { HN: 1 } });
  });

  it('counts a person once however often the event is delivered', async () => {
    const { deliver, report } = await setup();
    const event = opened('tijuana', 'female', 'HT');
    await deliver(event, event, { ...event, id: randomUUID() });
    expect((await report()).total).toBe(1);
  });

  it('counts a person once across their cases, and counts a person served in the period whose case opened before it', async () => {
    const { deliver, report } = await setup();
    const marie = new TestCase({ openedAt: '2026-10-20T18:00:00.000Z' });
    const again = new TestCase({ personId: marie.personId, openedAt: '2026-11-20T18:00:00.000Z' });
    const jean = new TestCase({ openedAt: '2026-09-20T18:00:00.000Z', sex: 'male' });
    await deliver(marie.opened(), again.opened(), jean.opened(), jean.serviceRecorded('accompaniment', '2026-11-21'));
    expect(await report('?from=2026-11-01&to=2026-11-30')).toMatchObject({ total: 2, bySex: { female: 1, male: 1 } });
  });

  it("limits the count to the period asked for, both days included, in the centre's own time zone", async () => {
    const { deliver, report } = await setup();
    await deliver(
      // 31 Oct 23:59:59 in Tijuana (UTC-7 until the clocks go back on 1 Nov).
      opened('tijuana', 'female', 'HT', { openedAt: '2026-11-01T06:59:59.000Z' }),
      // 1 Nov 00:00 in Tijuana.
      opened('tijuana', 'female', 'HT', { openedAt: '2026-11-01T07:00:00.000Z' }),
      // 30 Nov 23:30 in Tijuana (UTC-8), already 1 Dec in UTC: it counts on 30 Nov.
      opened('tijuana', 'male', 'HT', { openedAt: '2026-12-01T07:30:00.000Z' }),
      // 1 Dec 00:00 in Tijuana.
      opened('tijuana', 'male', 'HT', { openedAt: '2026-12-01T08:00:00.000Z' }),
    );
    expect(await report('?from=2026-11-01&to=2026-11-30')).toMatchObject({ period: { from: '2026-11-01', to: '2026-11-30', timeZone: 'America/Tijuana' }, total: 2, bySex: { female: 1, male: 1 } });
  });

  it("defaults to the centre's current year on its own calendar", async () => {
    const { deliver, deps, report } = await setup();
    // The test clock says 2026-11-23T15:00Z; on New Year's Eve at 21:00 in Tijuana it is already 2027 in UTC.
    await deliver(opened('tijuana', 'female', 'HT', { openedAt: '2027-01-01T05:00:00.000Z' }), opened('tijuana', 'male', 'HT', { openedAt: '2025-12-31T12:00:00.000Z' }));
    expect(await report()).toMatchObject({ period: { from: '2026-01-01', to: '2026-12-31' }, total: 1, bySex: { female: 1 } });
    changeTestCentre(deps.centres, 'tijuana', { timeZone: 'UTC' });
    expect(await report()).toMatchObject({ period: { timeZone: 'UTC' }, total: 0 });
  });

  it('is for the centre itself: operators and network analysts get no report of it here', async () => {
    const { app } = await setup();
    for (const role of ['network-analyst', 'operator'] as const) {
      const res = await request(app).get('/v1/reports/people-served').set('Authorization', `Bearer ${await networkTokenFor('red-corredor-mx', [role])}`);
      expect([res.status, res.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    }
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

describe('a person erased at their centre', () => {
  it("removes every case of the person from every period, and a statistics withdrawal sent afterwards under the person's old id changes nothing", async () => {
    const { deliver, report } = await setup();
    const personId = randomUUID();
    await deliver(opened('tijuana', 'female', 'HT', { personId, openedAt: '2025-06-01T10:00:00.000Z' }), opened('tijuana', 'female', 'HT', { personId }), opened('tijuana', 'male', 'HN'));
    expect((await report('?from=2025-01-01&to=2026-12-31')).total).toBe(2);
    await deliver(createEvent(personErasedV1, { personId, erasedAt: '2026-11-23T12:00:00.000Z' }, intakeMeta('tijuana', personId)));
    const only = { total: 1, bySex: { male: 1 }, byNationality: { HN: 1 }, byAgeBand: { '18-29': 1 }, byLanguage: { es: 1 } };
    expect(await report('?from=2025-01-01&to=2026-12-31')).toMatchObject(only);
    expect(await report('?from=2025-01-01&to=2025-12-31')).toMatchObject({ total: 0, bySex: {}, byNationality: {} });
    await deliver(withdrawn('tijuana', personId, statistics, '2026-11-23T13:00:00.000Z'));
    expect(await report('?from=2025-01-01&to=2026-12-31')).toMatchObject(only);
  });
});

describe('a withdrawn statistics consent', () => {
  it("removes every case of the person from the centre's figures, earlier periods included, and no one else's", async () => {
    const { deliver, report } = await setup();
    const personId = randomUUID();
    await deliver(
      opened('tijuana', 'female', 'HT', { personId, openedAt: '2025-06-01T10:00:00.000Z' }),
      opened('tijuana', 'female', 'HT', { personId }),
      opened('tapachula', 'female', 'HT', { personId }),
      opened('tijuana', 'male', 'HN'),
    );
    expect((await report('?from=2025-01-01&to=2026-12-31')).total).toBe(2);
    await deliver(withdrawn('tijuana', personId));
    expect(await report('?from=2025-01-01&to=2026-12-31')).toMatchObject({ total: 1, bySex: { male: 1 }, byNationality: { HN: 1 } });
    const tapachula = await report('', `Bearer ${await tokenFor('tapachula', ['coordinator'])}`);
    expect(tapachula.total).toBe(1);
  });

  it('leaves the figures alone when another purpose is withdrawn', async () => {
    const { deliver, report } = await setup();
    const personId = randomUUID();
    await deliver(opened('tijuana', 'female', 'HT', { personId }));
    await deliver(withdrawn('tijuana', personId, { purpose: 'contact', channel: 'phone' }), withdrawn('tijuana', personId, { purpose: 'store-data' }));
    expect((await report()).total).toBe(1);
  });

  it('keeps out a case of the person that arrives after the withdrawal (the two come on different topics)', async () => {
    const { deliver, report } = await setup();
    const personId = randomUUID();
    await deliver(withdrawn('tijuana', personId));
    await deliver(opened('tijuana', 'female', 'HT', { personId }));
    expect((await report()).total).toBe(0);
  });

  it('is not undone by a later consent: removed cases stay removed, and only cases arriving from then on count', async () => {
    const { deliver, report } = await setup();
    const personId = randomUUID();
    await deliver(opened('tijuana', 'female', 'HT', { personId, openedAt: '2026-11-01T10:00:00.000Z' }), withdrawn('tijuana', personId), given('tijuana', personId));
    expect((await report()).total).toBe(0);
    await deliver(opened('tijuana', 'female', 'HT', { personId, openedAt: '2026-11-23T12:00:00.000Z' }));
    expect(await report()).toMatchObject({ total: 1, byNationality: { HT: 1 } });
  });
});
