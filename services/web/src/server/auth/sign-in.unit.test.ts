import { COORDINATOR, webTestApp } from '../testing/web-test-app';

const cookieOf = (setCookie: unknown) => (Array.isArray(setCookie) ? setCookie.map(String) : []).find((cookie) => cookie.startsWith('corredor_web=')) ?? '';

describe('signing in (authorization code with PKCE, tokens kept on the server)', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, and back to where it was going', async () => {
    const web = webTestApp();
    const agent = web.agent();
    const start = await agent.get('/auth/sign-in?returnTo=%2Fcases%2F123%3Ftab%3Dnotes');
    expect(start.status).toBe(303);
    const authorize = new URL(String(start.headers['location']));
    expect(authorize.origin).toBe('https://id.example.org');
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      redirect_uri: 'http://corredor.test/auth/callback',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(cookieOf(start.headers['set-cookie'])).toMatch(/^corredor_web=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);

    const back = new URL(web.provider.approve(authorize.toString()));
    const done = await agent.get(`${back.pathname}${back.search}`);
    expect(done.status).toBe(303);
    expect(done.headers['location']).toBe('/cases/123?tab=notes');
  });

  it('tells the app who signed in, their centre, language, CSRF token and what their roles allow, and never a token', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    const session = await agent.get('/auth/session');
    expect(session.status).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
    expect(session.body).toMatchObject({
      user: { id: 'acc-ana', name: 'Ana Coordinadora', email: 'ana@tijuana.example', roles: ['coordinator'], centre: 'tijuana', network: null },
      centre: { id: 'tijuana', name: 'Centro Tijuana', city: 'Tijuana', timeZone: 'America/Tijuana', languages: ['es', 'en'] },
      language: 'es',
      csrfToken: expect.any(String),
    });
    expect(session.body.allowed).toEqual(expect.arrayContaining(['case POST /cases/:id/close', 'centre GET /staff', 'centre GET /centre', 'reporting GET /reports/indicators']));
    expect(session.body.allowed).not.toContain('centre GET /centres');
    expect(JSON.stringify(session.body)).not.toMatch(/signature|rt-/);
    // The centre's profile was asked with the person's own token, and is kept for the next asks.
    await agent.get('/auth/session');
    const profileCalls = web.calls.filter((call) => call.url === 'http://centre.internal:8080/v1/centre');
    expect(profileCalls).toHaveLength(1);
    expect(profileCalls[0]?.headers.get('authorization')).toMatch(/^Bearer \S+\.\S+\.signature$/);
  });

  it("gives each role only its own routes, and an operator no centre (their network's instead)", async () => {
    const web = webTestApp();
    const interpreter = await web.signIn({ ...COORDINATOR, sub: 'acc-jean', roles: ['interpreter'], locale: 'ht' });
    expect(interpreter.session.allowed).toContain('case GET /cases');
    expect(interpreter.session.allowed).not.toContain('case POST /cases/:id/close');
    expect(interpreter.session.language).toBe('ht');

    const operator = await web.signIn({ sub: 'op-1', roles: ['operator'], network: 'red-corredor-mx', locale: 'fr-CA' });
    const info = (await operator.agent.get('/auth/session')).body;
    expect(info).toMatchObject({ user: { centre: null, network: 'red-corredor-mx', roles: ['operator'] }, centre: null, language: 'fr' });
    expect(info.allowed).toContain('centre GET /centres');
    expect(info.allowed).not.toContain('case GET /cases');
  });

  it('answers 401 WEB.SIGNED_OUT (problem+json) to a browser without a session', async () => {
    const web = webTestApp();
    const res = await web.http.get('/auth/session');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, code: 'WEB.SIGNED_OUT', type: 'urn:corredor:problem:web.signed_out', title: 'Authentication required' });
  });

  it.each([
    ['a full URL elsewhere', 'https://evil.example/cases'],
    ['a protocol-relative URL', '//evil.example/cases'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'cases'],
    ['the API', '/api/case/v1/cases'],
    ['the sign-in itself', '/auth/sign-in'],
  ])('refuses to send the person back to %s after signing in', async (_what, returnTo) => {
    const web = webTestApp();
    const res = await web.http.get(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('WEB.RETURN_TO_INVALID');
    expect(res.headers['location']).toBeUndefined();
  });

  it('gives the session a new id at sign-in: a cookie planted before it is worth nothing after', async () => {
    const web = webTestApp();
    const attacker = web.agent();
    const start = await attacker.get('/auth/sign-in');
    const planted = cookieOf(start.headers['set-cookie']).split(';')[0] ?? '';
    // The victim's browser carries the planted cookie through the sign-in.
    const back = new URL(web.provider.approve(String(start.headers['location'])));
    const done = await web.http.get(`${back.pathname}${back.search}`).set('Cookie', planted);
    expect(done.status).toBe(303);
    const issued = cookieOf(done.headers['set-cookie']).split(';')[0] ?? '';
    expect(issued).not.toBe('');
    expect(issued).not.toBe(planted);
    expect((await web.http.get('/auth/session').set('Cookie', planted)).status).toBe(401);
    expect((await web.http.get('/auth/session').set('Cookie', issued)).status).toBe(200);
  });

  it('refuses a return it did not start, a state used twice, and a sign-in that took too long, with a page to start again', async () => {
    const web = webTestApp();
    const agent = web.agent();
    const stranger = await agent.get('/auth/callback?code=abc&state=forged');
    expect(stranger.status).toBe(400);
    expect(stranger.headers['content-type']).toMatch(/^text\/html/);
    expect(stranger.text).toContain('href="/auth/sign-in"');
    expect(stranger.text).not.toContain('<script');

    const start = await agent.get('/auth/sign-in');
    const back = new URL(web.provider.approve(String(start.headers['location'])));
    expect((await agent.get(`${back.pathname}${back.search}`)).status).toBe(303);
    expect((await web.agent().get(`${back.pathname}${back.search}`)).status).toBe(400);

    const slow = web.agent();
    const late = await slow.get('/auth/sign-in');
    web.advance(11 * 60_000);
    const lateBack = new URL(web.provider.approve(String(late.headers['location'])));
    expect((await slow.get(`${lateBack.pathname}${lateBack.search}`)).status).toBe(400);
  });

  it('refuses someone the provider knows but who holds no Corredor role', async () => {
    const web = webTestApp();
    const agent = web.agent();
    const start = await agent.get('/auth/sign-in');
    const back = new URL(web.provider.approve(String(start.headers['location']), { sub: 'acc-x', roles: [] }));
    const res = await agent.get(`${back.pathname}${back.search}`);
    expect(res.status).toBe(403);
    expect((await agent.get('/auth/session')).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in, however busy it was', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    for (let hour = 0; hour < 11; hour += 1) {
      web.advance(3600_000);
      expect((await agent.get('/auth/session')).status).toBe(200);
    }
    web.advance(3600_000);
    expect((await agent.get('/auth/session')).body.code).toBe('WEB.SIGNED_OUT');
  });

  it('ends a session left alone for 8 hours', async () => {
    const web = webTestApp();
    const { agent } = await web.signIn();
    web.advance(7 * 3600_000);
    expect((await agent.get('/auth/session')).status).toBe(200);
    web.advance(8 * 3600_000 + 1000);
    expect((await agent.get('/auth/session')).status).toBe(401);
  });
});

describe('the session cookie over https', () => {
  it('is __Host-corredor: Secure, httpOnly, SameSite=Lax, path /, no domain, no expiry (the browser forgets it when closed)', async () => {
    const web = webTestApp({ publicUrl: 'https://corredor.example.org', trustProxy: 1 });
    const res = await web.http.get('/auth/sign-in').set('X-Forwarded-Proto', 'https');
    const cookies = (res.headers['set-cookie'] as unknown as string[]).map(String);
    const session = cookies.find((cookie) => cookie.startsWith('__Host-corredor='));
    expect(session).toMatch(/^__Host-corredor=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(String(res.headers['strict-transport-security'])).toContain('max-age=31536000');
  });
});
