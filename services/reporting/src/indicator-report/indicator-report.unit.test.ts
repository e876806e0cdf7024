import type { Role } from '@corredor/contracts';
import { consumingTestApp, networkTokenFor, TEST_NETWORK, tokenFor } from '@corredor/service-kit/testing';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { INDICATOR_IDS } from '../indicators/indicator-catalog';
import { buildApp } from '../service';
import { TestCase } from '../test-events';

const CASA = { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Casa del Migrante Albergue Señor San José' };
const MADRE = { id: 'c0ffee00-0000-4000-8000-000000000002', name: 'Madre Assunta' };

async function setup() {
  const built = await consumingTestApp(buildApp);
  const coordinator = `Bearer ${await tokenFor('tijuana', ['coordinator'], 'rosa@tijuana')}`;
  const get = async (query = '', auth = coordinator) => request(built.app).get(`/v1/reports/indicators${query}`).set('Authorization', auth);
  return { ...built, coordinator, get };
}

/** A month of a centre's work: three people, services, a claim, a flag, referrals, a closure. */
function november() {
  const marie = new TestCase({ openedAt: '2026-11-03T18:00:00.000Z', priority: 'high', languages: ['ht', 'fr'] });
  const jean = new TestCase({ openedAt: '2026-11-05T18:00:00.000Z', sex: 'male', nationality: 'HT', languages: ['ht'], migratoryStatus: null });
  const ana = new TestCase({ openedAt: '2026-10-20T18:00:00.000Z', nationality: 'HN', languages: ['es'], migratoryStatus: 'asylum-seeker' });
  const voidedId = randomUUID();
  const claimId = randomUUID();
  const referrals = [randomUUID(), randomUUID(), randomUUID()];
  return [
    marie.opened(),
    marie.riskFlagged('2026-11-03T18:00:00.000Z'),
    marie.serviceRecorded('accompaniment', '2026-11-05'),
    marie.serviceRecorded('interpretation', '2026-11-06', { language: 'ht' }),
    marie.claimChanged(claimId, '2026-11-10T18:00:00.000Z', { amountClaimed: '15500.50' }),
    marie.claimChanged(claimId, '2026-11-20T18:00:00.000Z', { status: 'agreement', amountClaimed: '15500.50', amountAgreed: '9000' }),
    jean.opened(),
    jean.serviceRecorded('labour-rights-guidance', '2026-11-09'),
    jean.serviceRecorded('accompaniment', '2026-11-10', { serviceId: voidedId }),
    jean.serviceVoided(voidedId, 'accompaniment', '2026-11-10T20:00:00.000Z'),
    jean.statusChanged('open', 'closed', '2026-11-25T18:00:00.000Z'),
    jean.closed('resolved', '2026-11-25T18:00:00.000Z'),
    ana.opened(),
    ana.serviceRecorded('labour-rights-guidance', '2026-11-12'),
    marie.referralMade(referrals[0] ?? '', CASA, '2026-11-07T18:00:00.000Z'),
    marie.referralChanged(referrals[0] ?? '', 'made', 'completed', '2026-11-12T18:00:00.000Z'),
    jean.referralMade(referrals[1] ?? '', CASA, '2026-11-08T18:00:00.000Z', 'food'),
    ana.referralMade(referrals[2] ?? '', MADRE, '2026-11-13T18:00:00.000Z', 'women-justice'),
  ];
}

describe('GET /v1/reports/indicators', () => {
  it("answers every indicator of the period with its total and one-way breakdowns, exact, in the centre's calendar", async () => {
    const { deliver, get } = await setup();
    await deliver(...november());
    const res = await get('?period=2026-11');
    expect(res.status).toBe(200);
    const { body } = res;
    expect(body).toMatchObject({
      centre: 'tijuana',
      period: { kind: 'month', label: '2026-11', from: '2026-11-01', to: '2026-11-30', timeZone: 'America/Tijuana' },
      generatedAt: '2026-11-23T15:00:00.000Z',
      suppression: 'none: exact figures, for use inside the centre',
    });
    expect(Object.keys(body.indicators)).toEqual([
      'people-served',
      'cases-opened',
      'cases-active',
      'cases-closed',
      'services-delivered',
      'people-receiving-services',
      'interpretation',
      'referrals',
      'labour-claims',
      'risk-flags',
    ]);
    expect(body.indicators['people-served']).toMatchObject({
      unit: 'person',
      total: 3,
      breakdowns: {
        contact: { new: 2, returning: 1 },
        sex: { female: 2, male: 1 },
        nationality: { HN: 1, HT: 2 },
        language: { es: 1, fr: 1, ht: 2 },
        migratoryStatus: { 'asylum-seeker': 1, 'not-recorded': 1, tvrh: 1 },
      },
    });
    expect(body.indicators['cases-opened']).toMatchObject({ total: 2, breakdowns: { priority: { high: 1, normal: 1 } } });
    expect(body.indicators['cases-active']).toMatchObject({ total: 3, breakdowns: { status: { closed: 1, open: 2 } } });
    expect(body.indicators['cases-closed']).toMatchObject({ total: 1, breakdowns: { outcome: { resolved: 1 } } });
    expect(body.indicators['services-delivered']).toMatchObject({
      total: 4,
      breakdowns: { serviceType: { accompaniment: 1, interpretation: 1, 'labour-rights-guidance': 2 } },
      peopleByServiceType: { accompaniment: 1, interpretation: 1, 'labour-rights-guidance': 2 },
      // Marie 2 days (3 → 5 Nov), Jean 4 days (5 → 9 Nov); Ana's case opened in October, first served on the 12th: 23 days.
      daysToFirstService: { cases: 3, median: 4 },
    });
    expect(body.indicators.interpretation).toMatchObject({ total: 1, breakdowns: { language: { ht: 1 } } });
    expect(body.indicators.referrals).toMatchObject({
      total: 3,
      breakdowns: { need: { food: 1, shelter: 1, 'women-justice': 1 }, referralStatus: { completed: 1, made: 2 } },
      partners: [
        { partnerId: CASA.id, name: CASA.name, referrals: 2 },
        { partnerId: MADRE.id, name: 'Madre Assunta', referrals: 1 },
      ],
    });
    expect(body.indicators['labour-claims']).toMatchObject({
      total: 1,
      breakdowns: { claimStatus: { agreement: 1 }, claimType: { 'unpaid-wages': 1 } },
      amounts: { MXN: { claims: 1, claimed: '15500.50', agreed: '9000.00', awarded: '0.00', received: '0.00' } },
    });
    expect(body.indicators['risk-flags']).toMatchObject({ total: 1, breakdowns: { level: { high: 1 }, screen: { 'trafficking-forced-labour': 1 } } });
  });

  it('takes any period: a day, an ISO week, a quarter, a year, a range; by default the current year', async () => {
    const { deliver, get } = await setup();
    await deliver(...november());
    const served = async (query: string) => {
      const res = await get(query);
      expect(res.status).toBe(200);
      return [res.body.period.kind, res.body.period.from, res.body.period.to, res.body.indicators['people-served'].total];
    };
    // 5 Nov 2026 is in ISO week 45; Jean's case opened that day, Marie's first service too.
    expect(await served('?period=2026-11-05&indicators=people-served')).toEqual(['day', '2026-11-05', '2026-11-05', 2]);
    expect(await served('?period=2026-W45&indicators=people-served')).toEqual(['week', '2026-11-02', '2026-11-08', 2]);
    expect(await served('?period=2026-Q4&indicators=people-served')).toEqual(['quarter', '2026-10-01', '2026-12-31', 3]);
    expect(await served('?period=2025&indicators=people-served')).toEqual(['year', '2025-01-01', '2025-12-31', 0]);
    expect(await served('?from=2026-11-13&to=2026-11-30&indicators=people-served')).toEqual(['range', '2026-11-13', '2026-11-30', 0]);
    expect(await served('?indicators=people-served')).toEqual(['year', '2026-01-01', '2026-12-31', 3]);
  });

  it('answers only the indicators asked for', async () => {
    const { deliver, get } = await setup();
    await deliver(...november());
    const res = await get('?period=2026-11&indicators=referrals,labour-claims');
    expect(Object.keys(res.body.indicators)).toEqual(['referrals', 'labour-claims']);
  });

  it('answers an indicator asked for alone as in the whole report, what it shows beside its tables included', async () => {
    const { deliver, get } = await setup();
    await deliver(...november());
    const whole = (await get('?period=2026-11')).body.indicators;
    for (const id of INDICATOR_IDS) {
      const alone = await get(`?period=2026-11&indicators=${id}`);
      expect([id, alone.status, alone.body.indicators]).toEqual([id, 200, { [id]: whole[id] }]);
    }
    expect(whole['services-delivered']).toMatchObject({ peopleByServiceType: { accompaniment: 1 }, daysToFirstService: { cases: 3 } });
    expect(whole['labour-claims'].amounts).toMatchObject({ MXN: { claims: 1 } });
  });

  it('refuses an unknown indicator with its own code and the field, without echoing what was sent', async () => {
    const { get } = await setup();
    const res = await get('?indicators=people-served,<script>people-killed</script>');
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'REPORTING.UNKNOWN_INDICATOR', status: 422, errors: [{ field: 'query.indicators' }] });
    expect(JSON.stringify(res.body)).not.toContain('killed');
    expect((await get('?indicators=')).body.code).toBe('REPORTING.UNKNOWN_INDICATOR');
  });

  it('refuses a period that is not one, or given twice over', async () => {
    const { get } = await setup();
    const fieldsOf = async (query: string) => {
      const res = await get(query);
      expect([res.status, res.body.code]).toEqual([422, 'REPORTING.VALIDATION_FAILED']);
      return res.body.errors.map((error: { field: string }) => error.field);
    };
    expect(await fieldsOf('?period=2026-13')).toEqual(['query.period']);
    expect(await fieldsOf('?period=2026-W54')).toEqual(['query.period']);
    expect(await fieldsOf('?period=2026-11&from=2026-11-01&to=2026-11-30')).toEqual(['query.period']);
    expect(await fieldsOf('?from=2026-11-01')).toEqual(['query.to']);
    expect(await fieldsOf('?from=2026-12-01&to=2026-11-01')).toEqual(['query.from']);
    expect(await fieldsOf('?format=xlsx')).toEqual(['query.format']);
  });

  it('exports the same report as CSV: UTF-8 with a byte-order mark, a header block, accents intact', async () => {
    const { app, coordinator, deliver } = await setup();
    await deliver(...november());
    const res = await request(app)
      .get('/v1/reports/indicators?period=2026-11&format=csv')
      .set('Authorization', coordinator)
      .buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=tijuana-indicators-2026-11.csv');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    expect(rows.slice(0, 9)).toEqual([
      ['centre', 'tijuana'],
      ['period', '2026-11'],
      ['from', '2026-11-01'],
      ['to', '2026-11-30'],
      ['time zone', 'America/Tijuana'],
      ['generated at', '2026-11-23T15:00:00.000Z'],
      ['suppression', 'none: exact figures, for use inside the centre'],
      [''],
      ['indicator', 'dimension', 'category', 'value'],
    ]);
    const figures = rows.slice(9);
    expect(figures).toContainEqual(['people-served', 'total', '', '3']);
    expect(figures).toContainEqual(['people-served', 'sex', 'female', '2']);
    expect(figures).toContainEqual(['referrals', 'partner', 'Casa del Migrante Albergue Señor San José', '2']);
    expect(figures).toContainEqual(['services-delivered', 'days to first service', 'median', '4']);
    expect(figures).toContainEqual(['labour-claims', 'amount claimed', 'MXN', '15500.50']);
    expect(figures.every((row) => row.length === 4)).toBe(true);
  });
});

describe('who reads the in-centre reports', () => {
  const ALL_ROLES: Role[] = ['coordinator', 'lawyer', 'promoter', 'interpreter', 'operator', 'network-analyst'];
  const bearer = async (role: Role) => `Bearer ${role === 'operator' || role === 'network-analyst' ? await networkTokenFor(TEST_NETWORK, [role]) : await tokenFor('tijuana', [role])}`;

  it.each(['coordinators-and-lawyers', 'all-staff'] as const)('with the setting %s', async (setting) => {
    const { app, coordinator } = await setup();
    const put = await request(app).put('/v1/reports/settings').set('Authorization', coordinator).send({ staffReportAccess: setting });
    expect(put.status).toBe(200);
    const answers: Record<string, Array<[number, string | undefined]>> = {};
    for (const role of ALL_ROLES) {
      const auth = await bearer(role);
      answers[role] = [];
      for (const path of ['/v1/reports/indicators', '/v1/reports/people-served']) {
        const res = await request(app).get(path).set('Authorization', auth);
        answers[role].push([res.status, res.body.code]);
      }
    }
    const open: [number, undefined] = [200, undefined];
    const restricted: [number, string] = [403, 'REPORTING.REPORTS_RESTRICTED'];
    const forbidden: [number, string] = [403, 'AUTH.FORBIDDEN'];
    const staffOnly = setting === 'all-staff' ? open : restricted;
    expect(answers).toEqual({
      coordinator: [open, open],
      lawyer: [open, open],
      promoter: [staffOnly, staffOnly],
      interpreter: [staffOnly, staffOnly],
      operator: [forbidden, forbidden],
      'network-analyst': [forbidden, forbidden],
    });
  });

  it("is each centre's own choice", async () => {
    const { app, coordinator } = await setup();
    await request(app).put('/v1/reports/settings').set('Authorization', coordinator).send({ staffReportAccess: 'all-staff' });
    const tapachula = await request(app).get('/v1/reports/indicators').set('Authorization', `Bearer ${await tokenFor('tapachula', ['promoter'])}`);
    expect([tapachula.status, tapachula.body.code]).toEqual([403, 'REPORTING.REPORTS_RESTRICTED']);
  });
});
