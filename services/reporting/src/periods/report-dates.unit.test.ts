import { consumingTestApp, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { NETWORK, sharingTestApp } from '../aggregate-publishing/network-sharing.test-support';
import { buildApp } from '../service';
import { TestCase } from '../test-events';

// The test clock says 2026-11-23T15:00Z: reports may be asked for from 2000 to 2027, an agreement may start until 2027-11-23.

async function reports() {
  const built = await consumingTestApp(buildApp);
  const auth = `Bearer ${await tokenFor('tijuana', ['coordinator'])}`;
  const get = (path: string) => request(built.app).get(path).set('Authorization', auth);
  return { ...built, get };
}

/** A 422 naming only the field at fault, in a message that does not repeat what was sent. */
function expectRefused(res: request.Response, field: string, sent: string): void {
  expect([res.status, res.body.code, res.body.errors?.map((error: { field: string }) => error.field)]).toEqual([422, 'REPORTING.VALIDATION_FAILED', [field]]);
  // The request id is random hex: it may hold the digits sent.
  const { requestId: _random, ...said } = res.body as Record<string, unknown>;
  expect(JSON.stringify(said)).not.toContain(sent);
}

describe('the dates a report is asked for', () => {
  it('are refused, field by field, outside the years 2000 to next year, whatever the period', async () => {
    const { get } = await reports();
    for (const [query, field, sent] of [
      ['period=9999', 'query.period', '9999'],
      ['period=0000', 'query.period', '0000'],
      ['period=1999-12', 'query.period', '1999'],
      ['period=2028-W01', 'query.period', '2028'],
      ['from=2026-10-01&to=5000-12-31', 'query.to', '5000'],
      ['from=2026-10-01&to=9999-12-31', 'query.to', '9999'],
      ['from=0001-01-01&to=2026-10-01', 'query.from', '0001'],
    ] as const) {
      expectRefused(await get(`/v1/reports/indicators?${query}`), field, sent);
    }
    for (const period of ['2000', '2027', '2027-12-31', '2000-W01']) expect((await get(`/v1/reports/indicators?period=${period}`)).status).toBe(200);
  });

  it('make a range of five years at most, in order', async () => {
    const { get, deliver } = await reports();
    await deliver(new TestCase({ openedAt: '2022-03-01T18:00:00.000Z' }).opened(), new TestCase().opened());
    expectRefused(await get('/v1/reports/indicators?from=2021-12-31&to=2026-12-31'), 'query.to', '2021');
    expectRefused(await get('/v1/reports/indicators?from=2026-12-31&to=2026-01-01'), 'query.from', '2026-12-31');
    const five = await get('/v1/reports/indicators?from=2022-01-01&to=2026-12-31&indicators=people-served');
    expect(five.status).toBe(200);
    expect(five.body.indicators['people-served'].total).toBe(2);
  });

  it('are bounded the same way for the people-served report, a missing end being the current year’s', async () => {
    const { get } = await reports();
    expectRefused(await get('/v1/reports/people-served?from=2026-10-01&to=5000-12-31'), 'query.to', '5000');
    expectRefused(await get('/v1/reports/people-served?to=1999-12-31'), 'query.to', '1999');
    expectRefused(await get('/v1/reports/people-served?from=2020-01-01&to=2026-12-31'), 'query.to', '2020');
    // Until the end of the current year (2026): more than five years, or the wrong way round.
    expectRefused(await get('/v1/reports/people-served?from=2021-12-31'), 'query.from', '2021');
    expectRefused(await get('/v1/reports/people-served?from=2027-02-01'), 'query.from', '2027');
    expectRefused(await get('/v1/reports/people-served?to=2025-12-31'), 'query.to', '2025');
    expect((await get('/v1/reports/people-served?from=2022-01-01')).body).toMatchObject({ period: { from: '2022-01-01', to: '2026-12-31' } });
    expect((await get('/v1/reports/people-served?to=2027-06-30')).body).toMatchObject({ period: { from: '2026-01-01', to: '2027-06-30' } });
  });
});

describe('the day a sharing agreement applies from', () => {
  const agreement = (from: string) => ({ network: NETWORK, indicators: [{ indicator: 'people-served', breakdowns: [['sex']] }], from, periodKind: 'month' });

  it('is from 2000-01-01 to a year from today, so no agreement queues periods back to 1900 or starts in year 1', async () => {
    const s = await sharingTestApp();
    const post = (from: string) => request(s.app).post('/v1/sharing-agreements').set('Authorization', s.coordinator).send(agreement(from));
    for (const from of ['0001-01-01', '1900-01-01', '1999-12-31', '2027-11-24', '9999-12-31']) expectRefused(await post(from), 'body.from', from);
    const last = await post('2027-11-23');
    expect([last.status, last.body.firstPeriod]).toEqual([201, '2027-12']);
    expect(await s.agree('tapachula', agreement('2000-01-01'))).toMatchObject({ from: '2000-01-01', firstPeriod: '2000-01' });
  });
});
