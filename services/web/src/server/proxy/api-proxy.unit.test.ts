import request from 'supertest';
import { accessTokenNumber } from '../testing/fake-oidc-client';
import { webTestApp, type ServiceCall } from '../testing/web-test-app';

describe('the API proxy: /api/<service>/v1/... to the service, with the person’s token', () => {
  it('forwards the method, path, query, body and the headers the API reads, with the access token and the browser’s address', async () => {
    const web = webTestApp();
    const { agent, session } = await web.signIn();
    const res = await agent
      .post('/api/intake/v1/intakes?dryRun=false&tag=a&tag=b')
      .set('X-CSRF-Token', session.csrfToken)
      .set('Content-Type', 'application/json')
      .set('Accept', 'application/json')
      .set('Accept-Language', 'ht')
      .set('Idempotency-Key', '5a0e4f33-7a7b-4f0e-9e0e-1f2e3d4c5b6a')
      .set('Authorization', 'Bearer forged-by-the-browser')
      .set('X-Forwarded-For', '203.0.113.9')
      .set('X-Custom', 'dropped')
      .send('{"person":{"name":"Marie"}}');
    expect(res.status).toBe(200);
    const [call] = web.apiCalls();
    expect(call).toMatchObject({ method: 'POST', url: 'http://intake.internal:8080/v1/intakes?dryRun=false&tag=a&tag=b', body: '{"person":{"name":"Marie"}}' });
    const headers = Object.fromEntries(call?.headers ?? []);
    expect(headers).toEqual({
      authorization: expect.stringMatching(/^Bearer \S+\.\S+\.signature$/),
      'content-type': 'application/json',
      accept: 'application/json',
      'accept-language': 'ht',
      'idempotency-key': '5a0e4f33-7a7b-4f0e-9e0e-1f2e3d4c5b6a',
      'x-forwarded-for': expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/),
      'x-request-id': res.headers['x-request-id'],
    });
  });

  it('sends no cookie of the browser to a service', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    await agent.get('/api/case/v1/cases').set('Cookie', 'corredor_session=provider-cookie');
    expect(web.apiCalls()[0]?.headers.has('cookie')).toBe(false);
  });

  it('passes back the status, body and the headers the app needs, and nothing else', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    web.answerWith(
      () =>
        new Response('a,b\n1,2\n', {
          status: 201,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="indicators.csv"',
            Location: '/v1/cases/c-9',
            'Idempotent-Replayed': 'true',
            'Retry-After': '3',
            RateLimit: '"user-reads";r=5999;t=60',
            'RateLimit-Policy': '"user-reads";q=6000;w=60',
            'Set-Cookie': 'service=1',
            'X-Powered-By': 'Express',
            'Access-Control-Allow-Origin': '*',
          },
        }),
    );
    const res = await agent.get('/api/reporting/v1/reports/indicators?format=csv');
    expect(res.status).toBe(201);
    expect(res.text).toBe('a,b\n1,2\n');
    expect(res.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="indicators.csv"',
      location: '/api/reporting/v1/cases/c-9',
      'idempotent-replayed': 'true',
      'retry-after': '3',
      ratelimit: '"user-reads";r=5999;t=60',
      'ratelimit-policy': '"user-reads";q=6000;w=60',
      'cache-control': 'no-store',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("passes a service's problem through as it is", async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    web.answerWith(() => Response.json({ status: 409, code: 'CASE.ALREADY_CLOSED', title: 'Conflict', type: 'urn:corredor:problem:case.already_closed' }, { status: 409, headers: { 'Content-Type': 'application/problem+json' } }));
    const res = await agent.get('/api/case/v1/cases/c-1');
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.code).toBe('CASE.ALREADY_CLOSED');
  });

  it('answers 503 WEB.SERVICE_UNAVAILABLE when the service cannot be reached', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    web.answerWith(() => Promise.reject(new TypeError('fetch failed')));
    const res = await agent.get('/api/notification/v1/notifications');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('WEB.SERVICE_UNAVAILABLE');
    expect(res.headers['retry-after']).toBe('5');
  });

  it('answers 401 WEB.SIGNED_OUT without a session, and forwards nothing', async () => {
    const web = webTestApp();
    const res = await web.http.get('/api/case/v1/cases');
    expect([res.status, res.body.code]).toEqual([401, 'WEB.SIGNED_OUT']);
    expect(web.calls).toEqual([]);
  });

  it('refuses a body over the limit', async () => {
    const web = webTestApp();
    const { agent, session } = await web.signIn();
    const res = await agent.post('/api/intake/v1/intakes').set('X-CSRF-Token', session.csrfToken).set('Content-Type', 'application/json').send(`"${'x'.repeat(1_100_000)}"`);
    expect(res.status).toBe(413);
    expect(web.apiCalls()).toEqual([]);
  });
});

describe('which paths the proxy forwards', () => {
  it.each([
    ['a service that does not exist', '/api/admin/v1/users', 'WEB.NO_SUCH_API'],
    ['a path outside /v1', '/api/case/openapi.json', 'WEB.PATH_REFUSED'],
    ['/v1 itself', '/api/case/v1', 'WEB.PATH_REFUSED'],
    ['a dot-dot segment', '/api/case/v1/../../readyz', 'WEB.PATH_REFUSED'],
    ['a dot segment', '/api/case/v1/./cases', 'WEB.PATH_REFUSED'],
    ['an encoded slash', '/api/case/v1/cases%2F..%2F..%2Fadmin', 'WEB.PATH_REFUSED'],
    ['an encoded dot-dot', '/api/case/v1/%2e%2e/%2e%2e/admin', 'WEB.PATH_REFUSED'],
    ['an encoded backslash', '/api/case/v1/cases%5C..', 'WEB.PATH_REFUSED'],
    ['an empty segment', '/api/case/v1//cases', 'WEB.PATH_REFUSED'],
  ])('refuses %s', async (_what, path, code) => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    // A raw request line: the client must not tidy the path before it is sent.
    const res = await agent.get(path);
    expect([res.status, res.body.code]).toEqual([404, code]);
    expect(web.apiCalls()).toEqual([]);
  });

  it('forwards each of the six services to its own address', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    for (const service of ['intake', 'case', 'referral', 'notification', 'reporting', 'centre']) await agent.get(`/api/${service}/v1/things/1`);
    expect(web.apiCalls().map((call: ServiceCall) => call.url)).toEqual(
      ['intake', 'case', 'referral', 'notification', 'reporting', 'centre'].map((service) => `http://${service}.internal:8080/v1/things/1`),
    );
  });
});

describe('access tokens: refreshed before they expire, one refresh at a time', () => {
  it('refreshes an access token about to expire and forwards the new one', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    await agent.get('/api/case/v1/cases');
    web.advance(4 * 60_000);
    await agent.get('/api/case/v1/cases');
    expect(web.provider.refreshes).toBe(0);
    web.advance(45_000);
    await agent.get('/api/case/v1/cases');
    expect(web.provider.refreshes).toBe(1);
    const used = web.apiCalls().map((call) => accessTokenNumber(call.headers.get('authorization')));
    expect(used).toEqual([1, 1, 2]);
  });

  it('spends the refresh token once when many calls need a new access token at the same time', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    web.provider.refreshDelay = () => gate;
    web.advance(10 * 60_000);
    const calls = ['cases', 'tasks', 'transfers', 'cases?priority=high', 'tasks?due=today'].map((path) => agent.get(`/api/case/v1/${path}`).then((res) => res.status));
    // Let every call reach the refresh before the provider answers the first.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await Promise.all(calls)).toEqual([200, 200, 200, 200, 200]);
    expect(web.provider.refreshes).toBe(1);
    // The sign-in survived (a refresh token spent twice would have revoked it).
    web.advance(10 * 60_000);
    expect((await agent.get('/api/case/v1/cases')).status).toBe(200);
    expect(new Set(web.apiCalls().map((call) => accessTokenNumber(call.headers.get('authorization'))))).toEqual(new Set([2, 3]));
  });

  it('spends the refresh token once when two instances of the app refresh the same session at the same time', async () => {
    const web = webTestApp();
    const { agent, cookie } = await web.signIn();
    const replica = request(web.replica());
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    web.provider.refreshDelay = () => gate;
    web.advance(10 * 60_000);
    const here = agent.get('/api/case/v1/cases').then((res) => res.status);
    const there = replica.get('/api/case/v1/tasks').set('Cookie', cookie).then((res) => res.status);
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect(await Promise.all([here, there])).toEqual([200, 200]);
    expect(web.provider.refreshes).toBe(1);
    web.advance(10 * 60_000);
    expect((await replica.get('/api/case/v1/cases').set('Cookie', cookie)).status).toBe(200);
    expect(web.provider.refreshes).toBe(2);
  });

  it('ends the session when the provider refuses to refresh (the account was deactivated): 401, and the next call too', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    web.provider.revokeAll();
    web.advance(10 * 60_000);
    const res = await agent.get('/api/case/v1/cases');
    expect([res.status, res.body.code]).toEqual([401, 'WEB.SIGNED_OUT']);
    expect(web.apiCalls()).toEqual([]);
    expect((await agent.get('/auth/session')).status).toBe(401);
  });

  it('brings the roles a coordinator gave since sign-in with the next refresh', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn({ sub: 'acc-luz', roles: ['promoter'], centre: 'tijuana' });
    web.provider.updateAccount('acc-luz', { roles: ['promoter', 'coordinator'] });
    expect((await agent.get('/auth/session')).body.allowed).not.toContain('centre GET /staff');
    web.advance(10 * 60_000);
    const session = (await agent.get('/auth/session')).body;
    expect(session.user.roles).toEqual(['promoter', 'coordinator']);
    expect(session.allowed).toContain('centre GET /staff');
  });
});
