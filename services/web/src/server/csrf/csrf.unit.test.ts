import { webTestApp } from '../testing/web-test-app';

describe('CSRF: every state-changing call carries the session’s token', () => {
  const close = '/api/case/v1/cases/c-1/close';

  it('refuses a POST without the token (403 WEB.CSRF_INVALID) and lets it through with it', async () => {
    const web = webTestApp();
    const { agent, session } = await web.signIn();
    const refused = await agent.post(close).send({ outcome: 'resolved' });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 403, code: 'WEB.CSRF_INVALID' });
    expect(web.apiCalls()).toEqual([]);

    const accepted = await agent.post(close).set('X-CSRF-Token', session.csrfToken).send({ outcome: 'resolved' });
    expect(accepted.status).toBe(200);
    expect(web.apiCalls().map((call) => [call.method, call.url])).toEqual([['POST', 'http://case.internal:8080/v1/cases/c-1/close']]);
  });

  it.each(['PUT', 'PATCH', 'DELETE'] as const)('refuses a %s without the token', async (method) => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    const res = await agent[method.toLowerCase() as 'put' | 'patch' | 'delete']('/api/case/v1/tasks/t-1').send({});
    expect(res.body.code).toBe('WEB.CSRF_INVALID');
  });

  it("refuses another session's token, a made-up one, and a cross-site request even with the right token", async () => {
    const web = webTestApp();
    const ana = await web.signIn();
    const luz = await web.signIn({ sub: 'acc-luz', roles: ['promoter'], centre: 'tijuana' });
    expect((await ana.agent.post(close).set('X-CSRF-Token', luz.session.csrfToken).send({})).body.code).toBe('WEB.CSRF_INVALID');
    expect((await ana.agent.post(close).set('X-CSRF-Token', 'x'.repeat(64)).send({})).body.code).toBe('WEB.CSRF_INVALID');
    expect((await ana.agent.post(close).set('X-CSRF-Token', ana.session.csrfToken).set('Origin', 'https://evil.example').send({})).body.code).toBe('WEB.CSRF_INVALID');
    expect((await ana.agent.post(close).set('X-CSRF-Token', ana.session.csrfToken).set('Sec-Fetch-Site', 'cross-site').send({})).body.code).toBe('WEB.CSRF_INVALID');
    expect(web.apiCalls()).toEqual([]);
    expect((await ana.agent.post(close).set('X-CSRF-Token', ana.session.csrfToken).set('Origin', 'http://corredor.test').send({})).status).toBe(200);
  });

  it('no longer accepts the token of a session that ended', async () => {
    const web = webTestApp();
    const first = await web.signIn();
    await web.signIn(undefined, first.agent);
    expect((await first.agent.post(close).set('X-CSRF-Token', first.session.csrfToken).send({})).body.code).toBe('WEB.CSRF_INVALID');
  });

  it('keeps the same token for the life of a session, so tabs opened later agree', async () => {
    const web = webTestApp();
    const { agent, session } = await web.signIn();
    expect((await agent.get('/auth/session')).body.csrfToken).toBe(session.csrfToken);
  });
});
