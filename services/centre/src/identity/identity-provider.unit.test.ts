import { createLogger, createTokenVerifier } from '@corredor/service-kit';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { ANA, authorize, codeOf, consentIfAsked, exchangeCode, FakeIdentityAccounts, REDIRECT_URI, signIn, startIdentityServer, tokenRequest, type TestIdentityServer } from './identity-test-server';
import { createIdentityProvider } from './identity-provider';
import { MemoryOidcStore } from './oidc-store.memory';
import type { SigningKeyStore } from './signing-keys.port';
import { MemorySigningKeyStore } from './signing-keys.memory';
import { formAction, TestBrowser } from './test-fixtures';
import { WEB_CLIENT_ID, webClient } from './web-client';

describe('identity provider: sign-in with authorization code and PKCE', () => {
  let env: TestIdentityServer;
  beforeEach(async () => {
    env = await startIdentityServer();
  });
  afterEach(() => env.close());

  const verifierFor = (server: TestIdentityServer) => createTokenVerifier({ audience: 'corredor-api', issuer: 'x', jwksIssuer: server.issuer, jwksUrl: `${server.issuer}/jwks` });

  it('signs a coordinator in and issues an ES256 access token that the services accept', async () => {
    const browser = new TestBrowser();
    const { page, verifier, state } = await authorize(env, browser);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Iniciar sesión');

    const consent = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    expect(consent.body).toContain('Corredor pide permiso para:');
    expect(consent.body).toContain('Mantener el acceso sin que usted vuelva a iniciar sesión');
    const back = await browser.submit(formAction(consent, '/consent'), {}, REDIRECT_URI);
    const code = codeOf(back);
    expect(code?.state).toBe(state);

    const tokens = await exchangeCode(env, code?.code ?? '', verifier);
    expect(tokens.status).toBe(200);
    expect(tokens.body).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    const accessToken = String(tokens.body['access_token']);
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(await verifierFor(env)(accessToken)).toEqual({ kind: 'staff', userId: ANA.id, centre: 'tijuana', roles: ['coordinator'] });
    expect(decodeJwt(String(tokens.body['id_token']))).toMatchObject({ sub: ANA.id, centre: 'tijuana', roles: ['coordinator'], email: ANA.email, name: 'Ana Coordinadora', locale: 'es', amr: ['pwd'] });
    expect(tokens.body['refresh_token']).toEqual(expect.any(String));
  });

  it('refuses a code without its PKCE verifier, and an authorization request without a challenge', async () => {
    const { code } = await signIn(env, new TestBrowser());
    expect(await exchangeCode(env, code, 'x'.repeat(43))).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    const { page } = await authorize(env, new TestBrowser(), { code_challenge: '', code_challenge_method: '' });
    expect(new URL(page.url).searchParams.get('error')).toBe('invalid_request');
  });

  it('shows the same error for a wrong password and an unknown email, and gives no code', async () => {
    const browser = new TestBrowser();
    const { page } = await authorize(env, browser);
    const wrong = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: 'not her password' }, REDIRECT_URI);
    const unknown = await browser.submit(formAction(page, '/login'), { email: 'nobody@tijuana.example', password: ANA.password }, REDIRECT_URI);
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toContain('El correo electrónico o la contraseña no son correctos.');
      expect(codeOf(answer)).toBeNull();
    }
    expect(wrong.body).toContain(`value="${ANA.email}"`);
    // The page still works: the right password goes on.
    const consent = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    expect(codeOf(await consentIfAsked(browser, consent))).not.toBeNull();
  });

  it('escapes what it shows and allows no script on its pages', async () => {
    const browser = new TestBrowser();
    const { page } = await authorize(env, browser);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("form-action 'self' http://127.0.0.1");
    expect(page.body).not.toContain('<script');
    const answer = await browser.submit(formAction(page, '/login'), { email: '"><script>alert(1)</script>', password: 'x' });
    expect(answer.body).not.toContain('<script>alert(1)</script>');
    expect(answer.body).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('sends the person back to the client with access_denied when they deny access', async () => {
    const browser = new TestBrowser();
    const { page, state } = await authorize(env, browser);
    const consent = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    const denyAction = /formaction="([^"]+\/deny)"/.exec(consent.body)?.[1] ?? '';
    const back = await browser.submit(new URL(denyAction, consent.url).toString(), {}, REDIRECT_URI);
    const params = new URL(back.url).searchParams;
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe(state);
    expect(params.get('code')).toBeNull();
  });

  it('signs out at the end-session endpoint, with its own pages, so the next sign-in asks for the password again', async () => {
    const browser = new TestBrowser({ 'accept-language': 'fr' });
    await signIn(env, browser);
    const question = await browser.navigate(`${env.issuer}/session/end?client_id=corredor-console`);
    expect(question.body).toContain('Voulez-vous vous déconnecter sur cet appareil ?');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.body)?.[1] ?? '';
    const done = await browser.submit(formAction(question), { xsrf, logout: 'yes' });
    expect(done.body).toContain('Vous êtes déconnecté.');
    const again = await authorize(env, browser, { prompt: '', scope: 'openid corredor api' });
    expect(again.page.body).toContain('<h1>Se connecter</h1>');
  });

  it('publishes discovery and the JWKS under /oidc', async () => {
    const discovery = (await (await fetch(`${env.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: env.issuer,
      jwks_uri: `${env.issuer}/jwks`,
      authorization_endpoint: `${env.issuer}/auth`,
      token_endpoint: `${env.issuer}/token`,
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['ES256'],
      ui_locales_supported: ['es', 'en', 'fr', 'ht'],
    });
    const jwks = (await (await fetch(`${env.issuer}/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('identity provider: refresh tokens and accounts that may no longer sign in', () => {
  let env: TestIdentityServer;
  beforeEach(async () => {
    env = await startIdentityServer();
  });
  afterEach(() => env.close());

  const refresh = (token: unknown) => tokenRequest(env, { grant_type: 'refresh_token', refresh_token: String(token) });

  it('rotates the refresh token on every use and refuses a used one (and the chain after it)', async () => {
    const { code, verifier } = await signIn(env, new TestBrowser());
    const first = await exchangeCode(env, code, verifier);
    const second = await refresh(first.body['refresh_token']);
    expect(second.status).toBe(200);
    expect(second.body['refresh_token']).not.toEqual(first.body['refresh_token']);
    expect(decodeJwt(String(second.body['access_token']))).toMatchObject({ sub: ANA.id, centre: 'tijuana', roles: ['coordinator'] });

    expect(await refresh(first.body['refresh_token'])).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    // Reuse of a rotated token means it leaked: the whole grant is revoked.
    expect(await refresh(second.body['refresh_token'])).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('refuses to refresh once the account is deactivated (or its centre suspended)', async () => {
    const { code, verifier } = await signIn(env, new TestBrowser());
    const tokens = await exchangeCode(env, code, verifier);
    env.accounts.deactivate(ANA.id);
    expect(await refresh(tokens.body['refresh_token'])).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('refuses to exchange a code once the account is deactivated', async () => {
    const { code, verifier } = await signIn(env, new TestBrowser());
    env.accounts.deactivate(ANA.id);
    expect(await exchangeCode(env, code, verifier)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('signs an active session in silently, but asks a deactivated account to sign in again', async () => {
    const browser = new TestBrowser();
    await signIn(env, browser);
    const again = await authorize(env, browser, { prompt: '', scope: 'openid corredor api' });
    expect(codeOf(again.page)).not.toBeNull();

    env.accounts.deactivate(ANA.id);
    const afterDeactivation = await authorize(env, browser, { prompt: '', scope: 'openid corredor api' });
    expect(codeOf(afterDeactivation.page)).toBeNull();
    expect(afterDeactivation.page.body).toContain('Iniciar sesión');
    const refused = await browser.submit(formAction(afterDeactivation.page, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    expect(refused.status).toBe(401);
  });
});

describe('identity provider: the staff web app, whose consent is implied', () => {
  /** Where the web app would be: never fetched, the browser stops at its callback. */
  const WEB_ORIGIN = 'http://127.0.0.1:9';
  const CALLBACK = `${WEB_ORIGIN}/auth/callback`;
  let env: TestIdentityServer;
  beforeEach(async () => {
    env = await startIdentityServer({ clients: [webClient(WEB_ORIGIN)] });
  });
  afterEach(() => env.close());

  const asWebApp = { client_id: WEB_CLIENT_ID, redirect_uri: CALLBACK, prompt: '' };
  const webTokens = (form: Record<string, string>) => tokenRequest(env, { client_id: WEB_CLIENT_ID, ...form });

  it('signs staff in with their password only (no consent page) and gives a refresh token that works', async () => {
    const browser = new TestBrowser();
    const { page, verifier, state } = await authorize(env, browser, asWebApp);
    const back = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, CALLBACK);
    const code = codeOf(back, CALLBACK);
    expect(code?.state).toBe(state);

    const tokens = await webTokens({ grant_type: 'authorization_code', code: code?.code ?? '', redirect_uri: CALLBACK, code_verifier: verifier });
    expect(tokens.status).toBe(200);
    expect(decodeJwt(String(tokens.body['access_token']))).toMatchObject({ aud: 'corredor-api', sub: ANA.id, centre: 'tijuana', roles: ['coordinator'] });
    expect(decodeJwt(String(tokens.body['id_token']))).toMatchObject({ sub: ANA.id, roles: ['coordinator'], locale: 'es', email: ANA.email });
    const refreshed = await webTokens({ grant_type: 'refresh_token', refresh_token: String(tokens.body['refresh_token']) });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body['refresh_token']).toEqual(expect.any(String));

    // Signed in at the provider, the next sign-in of the web app is silent.
    const again = await authorize(env, browser, asWebApp);
    expect(codeOf(again.page, CALLBACK)).not.toBeNull();
  });

  it("ends the web app's refresh token with the person's session at the provider", async () => {
    const browser = new TestBrowser();
    const { page, verifier } = await authorize(env, browser, asWebApp);
    const back = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, CALLBACK);
    const tokens = await webTokens({ grant_type: 'authorization_code', code: codeOf(back, CALLBACK)?.code ?? '', redirect_uri: CALLBACK, code_verifier: verifier });

    const question = await browser.navigate(`${env.issuer}/session/end?client_id=${WEB_CLIENT_ID}`);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.body)?.[1] ?? '';
    await browser.submit(formAction(question), { xsrf, logout: 'yes' });
    const refused = await webTokens({ grant_type: 'refresh_token', refresh_token: String(tokens.body['refresh_token']) });
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('still asks consent for other clients, and refuses the web app a redirect it did not register', async () => {
    const browser = new TestBrowser();
    const { page } = await authorize(env, browser, { prompt: '' });
    const consent = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    expect(consent.body).toContain('Corredor pide permiso para:');

    const elsewhere = await authorize(env, new TestBrowser(), { ...asWebApp, redirect_uri: 'http://127.0.0.1:9/elsewhere' });
    expect(elsewhere.page.status).toBe(400);
    expect(elsewhere.page.body).toContain('redirect_uri');
  });

  it('refuses to start in production with a web app on plain http', () => {
    const production = (origin: string) => () =>
      createIdentityProvider({
        issuer: 'https://centres.example.org/oidc',
        publicUrl: 'https://centres.example.org',
        accounts: new FakeIdentityAccounts(),
        store: new MemoryOidcStore(() => new Date()),
        keys: new MemorySigningKeyStore(),
        clock: () => new Date(),
        logger: createLogger('centre', 'silent'),
        cookieKeys: ['a production cookie key of this test, 40 chars'],
        keyEncryptionSecret: 'a production key encryption secret of this test',
        production: true,
        clients: [webClient(origin)],
      });
    expect(production(WEB_ORIGIN)).toThrow("identity provider: a web app's redirect URIs must be https");
    expect(production('https://corredor.example.org')).not.toThrow();
  });
});

describe('identity provider: throttling', () => {
  let env: TestIdentityServer;
  afterEach(() => env.close());

  it('blocks an account after repeated failures, even with the right password, without checking it', async () => {
    env = await startIdentityServer({
      throttle: { account: { failures: 3, windowSeconds: 900, blockSeconds: 900 }, address: { failures: 100, windowSeconds: 900, blockSeconds: 900 } },
    });
    env.accounts.add({ id: 'acc-jean', email: 'jean@tijuana.example' }, 'another long password');
    const browser = new TestBrowser();
    const { page } = await authorize(env, browser);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await browser.submit(formAction(page, '/login'), { email: ANA.email, password: 'wrong password' })).status).toBe(401);
    }
    const checks = env.accounts.passwordChecks;
    const blocked = await browser.submit(formAction(page, '/login'), { email: ` ${ANA.email.toUpperCase()}`, password: ANA.password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.headers.get('ratelimit')).toMatch(/^"failed-sign-in";r=0;t=\d+$/);
    expect(blocked.body).toContain('Demasiados intentos');
    expect(blocked.body).toContain('Vuelva a intentarlo en 15 min.');
    expect(env.accounts.passwordChecks).toBe(checks);

    // Another account from the same address is not blocked by Ana's failures.
    const jean = await browser.submit(formAction(page, '/login'), { email: 'jean@tijuana.example', password: 'another long password' }, REDIRECT_URI);
    expect(codeOf(await consentIfAsked(browser, jean))).not.toBeNull();
  });

  it('blocks an address that fails on many accounts', async () => {
    env = await startIdentityServer({
      throttle: { account: { failures: 100, windowSeconds: 900, blockSeconds: 900 }, address: { failures: 4, windowSeconds: 900, blockSeconds: 600 } },
    });
    const browser = new TestBrowser({ 'accept-language': 'en' });
    const { page } = await authorize(env, browser);
    for (const name of ['a', 'b', 'c', 'd']) {
      expect((await browser.submit(formAction(page, '/login'), { email: `${name}@tijuana.example`, password: 'guess' })).status).toBe(401);
    }
    const blocked = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.headers.get('ratelimit')).toMatch(/^"failed-sign-in";r=0;t=\d+$/);
    expect(blocked.body).toContain('Try again in 10 min.');
  });

  it('counts a success as clearing the account failures', async () => {
    env = await startIdentityServer({
      throttle: { account: { failures: 3, windowSeconds: 900, blockSeconds: 900 }, address: { failures: 100, windowSeconds: 900, blockSeconds: 900 } },
    });
    const fail = async (browser: TestBrowser, page: { url: string; body: string; status: number; headers: Headers }) =>
      expect((await browser.submit(formAction(page, '/login'), { email: ANA.email, password: 'wrong password' })).status).toBe(401);
    const first = new TestBrowser();
    const { page } = await authorize(env, first);
    await fail(first, page);
    await fail(first, page);
    const ok = await browser_signIn(first, page);
    expect(ok).not.toBeNull();
    const second = new TestBrowser();
    const { page: again } = await authorize(env, second);
    await fail(second, again);
    await fail(second, again);
    expect(await browser_signIn(second, again)).not.toBeNull();
  });

  async function browser_signIn(browser: TestBrowser, page: { url: string; body: string; status: number; headers: Headers }) {
    const next = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    return codeOf(await consentIfAsked(browser, next));
  }
});

describe('identity provider: second factor', () => {
  let env: TestIdentityServer;
  beforeEach(async () => {
    env = await startIdentityServer();
  });
  afterEach(() => env.close());

  it('asks an enrolled account for its code, refuses a wrong one and accepts the right one', async () => {
    env.accounts.add({ id: 'acc-luz', email: 'luz@tijuana.example', roles: ['lawyer'] }, 'luz long password', { required: true, enrolled: true });
    const browser = new TestBrowser();
    const { page, verifier } = await authorize(env, browser);
    const codePage = await browser.submit(formAction(page, '/login'), { email: 'luz@tijuana.example', password: 'luz long password' }, REDIRECT_URI);
    expect(codePage.body).toContain('Verificación en dos pasos');
    expect(codeOf(codePage)).toBeNull();

    const wrong = await browser.submit(formAction(codePage, '/second-factor'), { code: '000000' }, REDIRECT_URI);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('El código no es correcto o ya venció.');

    const right = await browser.submit(formAction(codePage, '/second-factor'), { code: FakeIdentityAccounts.CODE }, REDIRECT_URI);
    const code = codeOf(await consentIfAsked(browser, right));
    const tokens = await exchangeCode(env, code?.code ?? '', verifier);
    expect(decodeJwt(String(tokens.body['id_token']))).toMatchObject({ sub: 'acc-luz', roles: ['lawyer'], amr: ['pwd', 'otp'] });
  });

  it('does not skip the code step by posting straight to the consent or finishing the login', async () => {
    env.accounts.add({ id: 'acc-luz', email: 'luz@tijuana.example', roles: ['lawyer'] }, 'luz long password', { required: true, enrolled: true });
    const browser = new TestBrowser();
    const { page } = await authorize(env, browser);
    const codePage = await browser.submit(formAction(page, '/login'), { email: 'luz@tijuana.example', password: 'luz long password' }, REDIRECT_URI);
    const uidPath = formAction(codePage, '/second-factor').replace(/\/second-factor$/, '');
    expect((await browser.submit(`${uidPath}/consent`, {}, REDIRECT_URI)).status).toBe(400);
    expect(codeOf(await browser.submit(`${uidPath}/enrolment`, { code: FakeIdentityAccounts.CODE }, REDIRECT_URI))).toBeNull();
  });

  it('has an account that must use a second factor enrol one before it is signed in', async () => {
    env.accounts.add({ id: 'acc-rosa', email: 'rosa@tijuana.example' }, 'rosa long password', { required: true, enrolled: false });
    const browser = new TestBrowser();
    const { page } = await authorize(env, browser);
    const enrolment = await browser.submit(formAction(page, '/login'), { email: 'rosa@tijuana.example', password: 'rosa long password' }, REDIRECT_URI);
    expect(enrolment.body).toContain('Active la verificación en dos pasos');
    expect(enrolment.body).toContain('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(enrolment.body).toContain('otpauth://totp/Corredor:rosa%40tijuana.example?secret=JBSWY3DPEHPK3PXPJBSWY3DP&amp;issuer=Corredor');

    const wrong = await browser.submit(formAction(enrolment, '/enrolment'), { code: '111111' }, REDIRECT_URI);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('El código no coincide.');
    expect((await env.accounts.findActive('acc-rosa'))?.secondFactor.enrolled).toBe(false);

    const right = await browser.submit(formAction(enrolment, '/enrolment'), { code: FakeIdentityAccounts.CODE }, REDIRECT_URI);
    expect(codeOf(await consentIfAsked(browser, right))).not.toBeNull();
    expect((await env.accounts.findActive('acc-rosa'))?.secondFactor.enrolled).toBe(true);
  });

  it('signs in without a code an account whose centre does not ask for one', async () => {
    const browser = new TestBrowser();
    const { page } = await authorize(env, browser);
    const next = await browser.submit(formAction(page, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    expect(next.body).not.toContain('Verificación en dos pasos');
    expect(codeOf(await consentIfAsked(browser, next))).not.toBeNull();
  });
});

describe('identity provider: languages', () => {
  let env: TestIdentityServer;
  beforeEach(async () => {
    env = await startIdentityServer();
  });
  afterEach(() => env.close());

  it.each([
    ['es', 'Iniciar sesión', 'Contraseña'],
    ['en', 'Sign in', 'Password'],
    ['fr', 'Se connecter', 'Mot de passe'],
    ['ht', 'Konekte', 'Modpas'],
  ])('shows the sign-in page in %s when the client asks for it (ui_locales)', async (language, title, password) => {
    const { page } = await authorize(env, new TestBrowser({ 'accept-language': 'es' }), { ui_locales: `${language} es` });
    expect(page.body).toContain(`<html lang="${language}">`);
    expect(page.body).toContain(`<h1>${title}</h1>`);
    expect(page.body).toContain(password);
  });

  it("follows Accept-Language, then the account's language, then Spanish", async () => {
    expect((await authorize(env, new TestBrowser({ 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' }))).page.body).toContain('<html lang="fr">');
    expect((await authorize(env, new TestBrowser({ 'accept-language': 'pt-BR,pt;q=0.9' }))).page.body).toContain('<html lang="es">');

    env.accounts.add({ id: 'acc-marie', email: 'marie@tijuana.example', preferredLanguage: 'ht' }, 'marie long password', { enrolled: true });
    const browser = new TestBrowser({ 'accept-language': 'pt-BR' });
    const { page } = await authorize(env, browser);
    const codePage = await browser.submit(formAction(page, '/login'), { email: 'marie@tijuana.example', password: 'marie long password' }, REDIRECT_URI);
    expect(codePage.body).toContain('Verifikasyon an de etap');
  });

  it('switches language with the link on the page and keeps the choice for the next pages', async () => {
    const browser = new TestBrowser({ 'accept-language': 'es' });
    const { page } = await authorize(env, browser);
    const link = /<a href="([^"]+)" lang="ht"/.exec(page.body)?.[1];
    expect(link).toBeDefined();
    const creole = await browser.navigate(new URL(link ?? '', page.url).toString());
    expect(creole.body).toContain('<h1>Konekte</h1>');
    const consent = await browser.submit(formAction(creole, '/login'), { email: ANA.email, password: ANA.password }, REDIRECT_URI);
    expect(consent.body).toContain('Aksepte');
    expect(consent.body).toContain('Refize');
  });

  it('shows its own error page, localised, when a request cannot go back to the client', async () => {
    const response = await new TestBrowser({ 'accept-language': 'en' }).navigate(`${env.issuer}/auth?client_id=nobody&response_type=code&scope=openid`);
    expect(response.status).toBe(400);
    expect(response.body).toContain('Something went wrong');
    expect(response.body).toContain('invalid_client');
  });
});

describe('identity provider: when its store cannot be read', () => {
  it('answers 503 (a page for people, JSON for programs) and recovers once the store is back', async () => {
    const keys = new MemorySigningKeyStore();
    let down = true;
    const flaky: SigningKeyStore = {
      add: (key) => keys.add(key),
      list: () => (down ? Promise.reject(new Error('store unreachable')) : keys.list()),
      retire: (kid, at) => keys.retire(kid, at),
      remove: (kid) => keys.remove(kid),
      isReachable: async () => !down,
    };
    const env = await startIdentityServer({ keys: flaky });
    try {
      await expect(env.idp.ready()).rejects.toThrow('store unreachable');
      const discovery = await fetch(`${env.issuer}/.well-known/openid-configuration`);
      expect(discovery.status).toBe(503);
      expect(await discovery.json()).toMatchObject({ error: 'temporarily_unavailable' });
      const page = await authorize(env, new TestBrowser({ 'accept-language': 'ht' }));
      expect(page.page.status).toBe(503);
      expect(page.page.body).toContain('Koneksyon an pa disponib kounye a.');

      down = false;
      expect((await fetch(`${env.issuer}/.well-known/openid-configuration`)).status).toBe(200);
      expect((await authorize(env, new TestBrowser())).page.body).toContain('Iniciar sesión');
    } finally {
      await env.close();
    }
  });
});

describe('identity provider: sign-in console', () => {
  let env: TestIdentityServer;
  beforeEach(async () => {
    env = await startIdentityServer();
  });
  afterEach(() => env.close());

  it('signs in at /signin and shows the access token, its expiry and its claims', async () => {
    const browser = new TestBrowser({ 'accept-language': 'en' });
    const signInPage = await browser.navigate(`${env.publicUrl}/signin`);
    expect(signInPage.body).toContain('<h1>Sign in</h1>');
    const consent = await browser.submit(formAction(signInPage, '/login'), { email: ANA.email, password: ANA.password });
    const result = consent.body.includes('/consent"') ? await browser.submit(formAction(consent, '/consent'), {}) : consent;
    expect(result.url).toContain('/signin/callback');
    expect(result.status).toBe(200);
    expect(result.body).toContain('Your access token');
    expect(result.body).toContain('<code>tijuana</code>');
    expect(result.body).toContain('<code>coordinator</code>');
    const token = /export TOKEN=([A-Za-z0-9._-]+)/.exec(result.body)?.[1] ?? '';
    await expect(createTokenVerifier({ audience: 'corredor-api', issuer: 'x', jwksIssuer: env.issuer, jwksUrl: `${env.issuer}/jwks` })(token)).resolves.toMatchObject({
      userId: ANA.id,
      centre: 'tijuana',
    });
    expect(result.body).toMatch(/Expires: \S+Z \(in 5 min\)/);
  });

  it('refuses a callback it did not start', async () => {
    const page = await new TestBrowser().navigate(`${env.publicUrl}/signin/callback?code=abc&state=forged`);
    expect(page.status).toBe(400);
    expect(page.body).toContain('Este inicio de sesión venció.');
  });
});
