import { MemoryAuditTrailStore } from '@corredor/service-kit';
import request from 'supertest';
import { NETWORK, OTHER_NETWORK, sharingTestApp } from '../aggregate-publishing/network-sharing.test-support';

const agreement = (change: object = {}) => ({
  network: NETWORK,
  indicators: [
    { indicator: 'people-served', breakdowns: [['sex'], ['sex', 'ageBand'], ['nationality']] },
    { indicator: 'cases-opened', breakdowns: [] },
  ],
  from: '2026-10-01',
  periodKind: 'month',
  ...change,
});

describe('sharing agreements', () => {
  it("are recorded by the centre's coordinator, with k 5 unless given, and read by its staff only", async () => {
    const s = await sharingTestApp();
    const res = await request(s.app).post('/v1/sharing-agreements').set('Authorization', s.coordinator).send(agreement());
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`/v1/sharing-agreements/${res.body.id}`);
    expect(res.body).toMatchObject({
      centre: 'tijuana',
      network: NETWORK,
      status: 'active',
      indicators: [
        { indicator: 'people-served', breakdowns: [['sex'], ['sex', 'ageBand'], ['nationality']] },
        { indicator: 'cases-opened', breakdowns: [] },
      ],
      measures: [],
      from: '2026-10-01',
      periodKind: 'month',
      firstPeriod: '2026-10',
      rule: { k: 5, roundTo: null },
      agreedAt: '2026-11-23T15:00:00.000Z',
      agreedBy: 'rosa@tijuana',
      revokedAt: null,
      version: 1,
    });
    for (const role of ['promoter', 'lawyer', 'interpreter'] as const) {
      const auth = await s.bearer('tijuana', [role]);
      expect((await request(s.app).get(`/v1/sharing-agreements/${res.body.id}`).set('Authorization', auth)).body).toEqual(res.body);
      expect((await request(s.app).get('/v1/sharing-agreements').set('Authorization', auth)).body.items).toEqual([res.body]);
    }
    const tapachula = await s.bearer('tapachula', ['coordinator']);
    expect((await request(s.app).get(`/v1/sharing-agreements/${res.body.id}`).set('Authorization', tapachula)).status).toBe(404);
    expect((await request(s.app).get('/v1/sharing-agreements').set('Authorization', tapachula)).body.items).toEqual([]);
  });

  it('start with the first whole period from their date, and keep k and a rounding base when given', async () => {
    const s = await sharingTestApp();
    const quarterly = await s.agree('tijuana', agreement({ from: '2026-11-15', periodKind: 'quarter', k: 7, roundTo: 5 }));
    expect(quarterly).toMatchObject({ firstPeriod: '2027-Q1', rule: { k: 7, roundTo: 5 } });
    expect(await s.agree('tapachula', agreement({ from: '2026-01-01', periodKind: 'year', k: 3 }))).toMatchObject({ firstPeriod: '2026', rule: { k: 3 } });
  });

  it('are refused, each with its own code, for an unknown indicator or dimension, one that may not leave the centre, k below 3, or a network the centre is not in', async () => {
    const s = await sharingTestApp();
    const post = (body: object) => request(s.app).post('/v1/sharing-agreements').set('Authorization', s.coordinator).send(body);
    const cases: Array<[object, number, string, string?]> = [
      [agreement({ indicators: [{ indicator: 'happiness', breakdowns: [] }] }), 422, 'REPORTING.UNKNOWN_INDICATOR'],
      [agreement({ indicators: [{ indicator: 'people-served', breakdowns: [['shoeSize']] }] }), 422, 'REPORTING.DIMENSION_NOT_SHAREABLE'],
      [agreement({ indicators: [{ indicator: 'referrals', breakdowns: [['need', 'partner']] }] }), 422, 'REPORTING.DIMENSION_NOT_SHAREABLE'],
      [agreement({ k: 2 }), 422, 'REPORTING.VALIDATION_FAILED', 'body.k'],
      [agreement({ network: OTHER_NETWORK }), 422, 'REPORTING.NOT_A_MEMBER'],
      [agreement({ periodKind: 'week' }), 422, 'REPORTING.VALIDATION_FAILED', 'body.periodKind'],
      [agreement({ indicators: [{ indicator: 'people-served', breakdowns: [['sex', 'ageBand', 'nationality']] }] }), 422, 'REPORTING.VALIDATION_FAILED', 'body.indicators.0.breakdowns.0'],
      [agreement({ indicators: [{ indicator: 'people-served', breakdowns: [['sex', 'ageBand'], ['ageBand', 'sex']] }] }), 422, 'REPORTING.VALIDATION_FAILED', 'body.indicators.0.breakdowns'],
      [agreement({ indicators: [{ indicator: 'cases-opened' }, { indicator: 'cases-opened' }] }), 422, 'REPORTING.VALIDATION_FAILED', 'body.indicators'],
      [agreement({ from: '2026-02-30' }), 422, 'REPORTING.VALIDATION_FAILED', 'body.from'],
      [agreement({ tenant: 'tapachula' }), 422, 'REPORTING.VALIDATION_FAILED'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await post(body);
      expect([res.status, res.body.code]).toEqual([status, code]);
      if (field) expect(res.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      // Field errors and details never echo what was sent.
      expect(JSON.stringify(res.body)).not.toMatch(/happiness|shoeSize|red-sur/);
    }
    expect((await request(s.app).get('/v1/sharing-agreements').set('Authorization', s.coordinator)).body.items).toEqual([]);
  });

  it('are refused when one table would give a withheld cell of another away: a flag beside its screen or level, interpretation beside services', async () => {
    const s = await sharingTestApp();
    const post = (indicators: object[]) => request(s.app).post('/v1/sharing-agreements').set('Authorization', s.coordinator).send(agreement({ indicators }));
    for (const indicators of [
      // 10 trafficking flags by screen, 9 of them debt bondage by flag: the tenth, withheld, is 1.
      [{ indicator: 'risk-flags', breakdowns: [['screen'], ['flag']] }],
      [{ indicator: 'risk-flags', breakdowns: [['level'], ['flag']] }],
      [{ indicator: 'risk-flags', breakdowns: [['screen', 'flag'], ['level']] }],
      // The interpretation total is services-delivered's interpretation cell, protected apart.
      [{ indicator: 'services-delivered', breakdowns: [['serviceType']] }, { indicator: 'interpretation', breakdowns: [] }],
    ]) {
      const res = await post(indicators);
      expect([res.status, res.body.code]).toEqual([422, 'REPORTING.BREAKDOWNS_DISCLOSIVE']);
    }
    // Together in one table, the link is one suppression sees.
    expect((await post([{ indicator: 'risk-flags', breakdowns: [['screen', 'flag'], ['level', 'flag'], ['flag']] }])).status).toBe(201);
  });

  it('give every network of a centre the same figures, never a period that may already have gone to another', async () => {
    const s = await sharingTestApp();
    s.moveCentre('tijuana', { networks: [NETWORK, OTHER_NETWORK] });
    const monthly = await s.agree('tijuana', agreement({ from: '2026-07-01' }));
    expect(monthly.firstPeriod).toBe('2026-07');
    // Quarters to the other network would give September as Q3 minus July and August; other tables of the same month, a cell by subtraction.
    for (const change of [{ periodKind: 'quarter' }, { indicators: [{ indicator: 'people-served', breakdowns: [['sex', 'nationality']] }] }, { k: 7 }, { roundTo: 5 }]) {
      const res = await request(s.app).post('/v1/sharing-agreements').set('Authorization', s.coordinator).send(agreement({ network: OTHER_NETWORK, from: '2026-07-01', ...change }));
      expect([res.status, res.body.code]).toEqual([409, 'REPORTING.TERMS_DIFFER']);
    }
    // The same terms (tables in another order) are taken, from the month under way: July to October may have gone out already, computed then.
    const same = await s.agree('tijuana', agreement({ network: OTHER_NETWORK, from: '2026-07-01', indicators: [...agreement().indicators].reverse() }));
    expect(same.firstPeriod).toBe('2026-11');
    // With both revoked, new terms start after everything either shared.
    s.setNow('2026-12-10T18:00:00.000Z');
    await s.revoke('tijuana', monthly.id);
    await s.revoke('tijuana', same.id);
    expect((await s.agree('tijuana', agreement({ network: OTHER_NETWORK, from: '2026-01-01', periodKind: 'quarter' }))).firstPeriod).toBe('2027-Q1');
  });

  it('are one active per network: a second is refused until the first is revoked, and a revoked one stays revoked', async () => {
    const s = await sharingTestApp();
    const first = await s.agree('tijuana', agreement());
    const second = await request(s.app).post('/v1/sharing-agreements').set('Authorization', s.coordinator).send(agreement({ from: '2027-01-01' }));
    expect([second.status, second.body.code]).toEqual([409, 'REPORTING.AGREEMENT_ACTIVE']);
    // Tapachula's own agreement with the same network is another matter.
    await s.agree('tapachula', agreement());

    s.setNow('2026-12-10T18:00:00.000Z');
    const revoked = await request(s.app).post(`/v1/sharing-agreements/${first.id}/revocation`).set('Authorization', s.coordinator).send({});
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedAt: '2026-12-10T18:00:00.000Z', revokedBy: 'rosa@tijuana', version: 2 });
    const again = await request(s.app).post(`/v1/sharing-agreements/${first.id}/revocation`).set('Authorization', s.coordinator).send({});
    expect([again.status, again.body.code]).toEqual([409, 'REPORTING.AGREEMENT_REVOKED']);

    // The revoked agreement still publishes October and November (they ended before the revocation):
    // a new one starts after them, whatever date it gives, so no period is ever shared twice.
    const next = await s.agree('tijuana', agreement({ from: '2026-01-01', periodKind: 'quarter' }));
    expect(next.firstPeriod).toBe('2027-Q1');
    const list = await request(s.app).get(`/v1/sharing-agreements?network=${NETWORK}`).set('Authorization', s.coordinator);
    expect(list.body.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      [next.id, 'active'],
      [first.id, 'revoked'],
    ]);
    expect((await request(s.app).get('/v1/sharing-agreements?status=revoked').set('Authorization', s.coordinator)).body.items).toHaveLength(1);
    const page = await request(s.app).get('/v1/sharing-agreements?limit=1').set('Authorization', s.coordinator);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([next.id]);
    const rest = await request(s.app).get(`/v1/sharing-agreements?limit=1&cursor=${page.body.nextCursor}`).set('Authorization', s.coordinator);
    expect([rest.body.items.map((item: { id: string }) => item.id), rest.body.nextCursor]).toEqual([[first.id], null]);
  });

  it("are another centre's business: its coordinator cannot revoke them", async () => {
    const s = await sharingTestApp();
    const theirs = await s.agree('tapachula', agreement());
    const res = await request(s.app).post(`/v1/sharing-agreements/${theirs.id}/revocation`).set('Authorization', s.coordinator).send({});
    expect([res.status, res.body.code]).toEqual([404, 'REPORTING.AGREEMENT_NOT_FOUND']);
    const list = await request(s.app).get('/v1/sharing-agreements').set('Authorization', await s.bearer('tapachula', ['coordinator']));
    expect(list.body.items[0]).toMatchObject({ id: theirs.id, status: 'active' });
  });

  it('are recorded and revoked by coordinators only, and read by no network role', async () => {
    const s = await sharingTestApp();
    const mine = await s.agree('tijuana', agreement());
    for (const role of ['promoter', 'lawyer', 'interpreter'] as const) {
      const auth = await s.bearer('tijuana', [role]);
      expect((await request(s.app).post('/v1/sharing-agreements').set('Authorization', auth).send(agreement({ network: 'x' }))).status).toBe(403);
      expect((await request(s.app).post(`/v1/sharing-agreements/${mine.id}/revocation`).set('Authorization', auth).send({})).status).toBe(403);
    }
    for (const role of ['operator', 'network-analyst'] as const) {
      const auth = await s.networkBearer(NETWORK, [role]);
      for (const path of ['/v1/sharing-agreements', `/v1/sharing-agreements/${mine.id}`]) {
        const res = await request(s.app).get(path).set('Authorization', auth);
        expect([res.status, res.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
      }
    }
  });

  it("go in the centre's audit trail: who recorded and who revoked which agreement, and when", async () => {
    const s = await sharingTestApp();
    const mine = await s.agree('tijuana', agreement());
    s.setNow('2026-12-10T18:00:00.000Z');
    await s.revoke('tijuana', mine.id);
    const trail = await request(s.app).get('/v1/audit-trail?recordId=' + mine.id).set('Authorization', s.coordinator);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((entry: { action: string; actor: { userId: string }; at: string; record: object; purpose: string }) => [entry.action, entry.actor.userId, entry.at, entry.record, entry.purpose])).toEqual([
      ['sharing-agreement.revoked', 'coordinator@tijuana', '2026-12-10T18:00:00.000Z', { type: 'sharing-agreement', id: mine.id }, 'network-sharing'],
      ['sharing-agreement.recorded', 'coordinator@tijuana', '2026-11-23T15:00:00.000Z', { type: 'sharing-agreement', id: mine.id }, 'network-sharing'],
    ]);
    expect((await request(s.app).get('/v1/audit-trail/verification').set('Authorization', s.coordinator)).body).toMatchObject({ verified: true, entries: 2 });
  });

  it('are neither recorded nor revoked when the audit trail cannot take the entry', async () => {
    const auditStore = new MemoryAuditTrailStore();
    const s = await sharingTestApp({}, { auditStore });
    const mine = await s.agree('tijuana', agreement());
    const append = auditStore.append.bind(auditStore);
    auditStore.append = () => Promise.reject(new Error('store down'));
    const created = await request(s.app).post('/v1/sharing-agreements').set('Authorization', await s.bearer('tapachula', ['coordinator'])).send(agreement());
    expect([created.status, created.body.code]).toEqual([503, 'AUDIT.UNAVAILABLE']);
    const revoked = await request(s.app).post(`/v1/sharing-agreements/${mine.id}/revocation`).set('Authorization', s.coordinator).send({});
    expect([revoked.status, revoked.body.code]).toEqual([503, 'AUDIT.UNAVAILABLE']);
    auditStore.append = append;
    expect((await request(s.app).get('/v1/sharing-agreements').set('Authorization', await s.bearer('tapachula', ['coordinator']))).body.items).toEqual([]);
    expect((await request(s.app).get(`/v1/sharing-agreements/${mine.id}`).set('Authorization', s.coordinator)).body.status).toBe('active');
  });
});
