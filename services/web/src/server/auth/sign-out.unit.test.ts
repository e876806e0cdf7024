import { webTestApp } from '../testing/web-test-app';

describe('signing out', () => {
  it('revokes the refresh token, ends the session, and sends the browser to end the provider session too', async () => {
    const web = webTestApp();
    const { agent, session } = await web.signIn();
    const res = await agent.post('/auth/sign-out').type('form').send({ csrfToken: session.csrfToken });
    expect(res.status).toBe(303);
    const end = new URL(String(res.headers['location']));
    expect(`${end.origin}${end.pathname}`).toBe('https://id.example.org/session/end');
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe('http://corredor.test/');
    expect(end.searchParams.get('id_token_hint')).toMatch(/\.signature$/);
    expect(web.provider.revoked).toHaveLength(1);
    expect(String(res.headers['set-cookie'])).toMatch(/corredor_web=;.*Expires=Thu, 01 Jan 1970/);
    expect((await agent.get('/auth/session')).status).toBe(401);
    expect((await agent.get('/api/case/v1/cases')).status).toBe(401);
  });

  it('refuses a sign-out posted without the token (a page elsewhere cannot sign people out), and keeps the session', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    const res = await agent.post('/auth/sign-out').type('form').send({});
    expect([res.status, res.body.code]).toEqual([403, 'WEB.CSRF_INVALID']);
    expect((await agent.get('/auth/session')).status).toBe(200);
    expect(web.provider.revoked).toEqual([]);
  });

  it('accepts the token in the header too', async () => {
    const web = webTestApp();
    const { agent, session } = await web.signIn();
    expect((await agent.post('/auth/sign-out').set('X-CSRF-Token', session.csrfToken)).status).toBe(303);
    expect((await agent.get('/auth/session')).status).toBe(401);
  });

  it('sends a browser whose session already ended back to the start', async () => {
    const web = webTestApp();
    const res = await web.http.post('/auth/sign-out').type('form').send({ csrfToken: 'stale' });
    expect([res.status, res.headers['location']]).toEqual([303, '/']);
  });
});
