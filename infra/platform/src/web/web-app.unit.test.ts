import { signDevToken } from '@corredor/service-kit';
import { formAction, TEST_AUTH } from '@corredor/service-kit/testing';
import { bringUpDemoCentres, DEMO_PASSWORD, type DemoAccount } from '../demo-centres';
import { demoIntake } from '../demo-intake';
import { startPlatform, type Platform } from '../platform';
import { signInToWebApp, WebBrowser } from './web-browser';

jest.setTimeout(120_000);

/** Access tokens this short make every few seconds a refresh, as five minutes do in a day's work. */
const ACCESS_TOKEN_SECONDS = 2;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await pause(100);
  }
  throw new Error(`waited in vain for ${what}`);
}

describe('the staff web app on the platform, signed in through the real provider', () => {
  let platform: Platform;
  let accounts: DemoAccount[];
  let web: string;
  const account = (centre: string, role: string) => {
    const found = accounts.find((a) => a.centre === centre && a.role === role);
    if (!found) throw new Error(`no demo ${role} at ${centre}`);
    return { email: found.email, password: DEMO_PASSWORD };
  };
  /** A browser signed in to the app, with its session (and CSRF token) as the app reads it. */
  const signedIn = async (centre: string, role: string) => {
    const browser = new WebBrowser();
    const landed = await signInToWebApp(browser, web, account(centre, role));
    expect(landed.url).toBe(`${web}/cases`);
    const session = await browser.call(`${web}/auth/session`);
    expect(session.status).toBe(200);
    return { browser, session: session.body as { csrfToken: string; user: { id: string; roles: string[] }; allowed: string[]; centre: { name: string; timeZone: string } | null } };
  };

  beforeAll(async () => {
    platform = await startPlatform({ host: '127.0.0.1', portBase: 0, logLevel: 'silent', accessTokenTtlSeconds: ACCESS_TOKEN_SECONDS });
    accounts = await bringUpDemoCentres(platform, { secret: TEST_AUTH.secret });
    web = platform.url('web');
  });
  afterAll(() => platform.stop());

  it('signs a coordinator in with the password only, and tells the app their roles, centre and what they may do', async () => {
    const { session } = await signedIn('tijuana', 'coordinator');
    expect(session).toMatchObject({
      user: { roles: ['coordinator'], centre: 'tijuana', network: null, email: 'coordinacion@tijuana.example.org', name: 'Lucía Martínez' },
      centre: { id: 'tijuana', name: 'Centro de Recursos para Trabajadores Migrantes Tijuana', city: 'Tijuana', timeZone: 'America/Tijuana', languages: ['es', 'ht', 'fr', 'en'] },
      language: 'es',
    });
    expect(session.allowed).toEqual(expect.arrayContaining(['case POST /cases/:id/closure/sign-off', 'centre POST /staff/invitations']));
  });

  it('works through the proxy: reads, refuses a write without its CSRF token, takes it with one', async () => {
    const { browser, session } = await signedIn('tijuana', 'coordinator');
    const list = await browser.call(`${web}/api/case/v1/cases`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveProperty('items');

    const intake = { method: 'POST', json: demoIntake({ name: 'Persona De Prueba Web' }), headers: { 'Idempotency-Key': '0b8e2a64-8c1f-4a53-9d6e-5f2b7c9e1a01' } };
    const refused = await browser.call(`${web}/api/intake/v1/intakes`, intake);
    expect([refused.status, refused.body['code']]).toEqual([403, 'WEB.CSRF_INVALID']);
    const created = await browser.call(`${web}/api/intake/v1/intakes`, { ...intake, headers: { ...intake.headers, 'X-CSRF-Token': session.csrfToken } });
    expect(created.status).toBe(201);
    const replayed = await browser.call(`${web}/api/intake/v1/intakes`, { ...intake, headers: { ...intake.headers, 'X-CSRF-Token': session.csrfToken } });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    await until(async () => {
      const cases = await browser.call(`${web}/api/case/v1/cases`);
      return (cases.body['items'] as unknown[]).length > 0 ? true : undefined;
    }, 'the case the intake opened');
  });

  it("keeps centres apart: Tapachula's coordinator sees none of Tijuana's cases, even by id", async () => {
    const tijuana = await signedIn('tijuana', 'coordinator');
    const created = await tijuana.browser.call(`${web}/api/intake/v1/intakes`, {
      method: 'POST',
      json: demoIntake({ name: 'Otra Persona De Tijuana' }),
      headers: { 'X-CSRF-Token': tijuana.session.csrfToken },
    });
    expect(created.status).toBe(201);
    const ids = await until(async () => {
      const items = (await tijuana.browser.call(`${web}/api/case/v1/cases`)).body['items'] as Array<{ id: string }>;
      return items.length > 0 ? items.map((item) => item.id) : undefined;
    }, "Tijuana's cases");

    const tapachula = await signedIn('tapachula', 'coordinator');
    const theirs = (await tapachula.browser.call(`${web}/api/case/v1/cases`)).body['items'] as Array<{ id: string }>;
    expect(theirs.filter((item) => ids.includes(item.id))).toEqual([]);
    for (const id of ids) expect((await tapachula.browser.call(`${web}/api/case/v1/cases/${id}`)).status).toBe(404);
  });

  it('refreshes the access token as it expires, bringing roles given since sign-in, and spends each refresh token once', async () => {
    const { browser, session } = await signedIn('tijuana', 'promoter');
    expect((await browser.call(`${web}/api/centre/v1/staff`)).status).toBe(403);
    // The coordinator makes the promoter a coordinator too: it shows once the promoter's token is renewed.
    const coordinator = await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['coordinator'], userId: 'web-test-coordinator', expiresIn: '5m' });
    const changed = await fetch(`${platform.url('centre')}/v1/staff/${session.user.id}/roles`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles: ['promoter', 'coordinator'] }),
    });
    expect(changed.status).toBe(200);
    await pause(ACCESS_TOKEN_SECONDS * 1000 + 200);
    expect((await browser.call(`${web}/api/centre/v1/staff`)).status).toBe(200);
    expect(((await browser.call(`${web}/auth/session`)).body['user'] as { roles: string[] }).roles).toEqual(['promoter', 'coordinator']);

    // Several calls at once when the token has expired: one refresh serves them all (a refresh token
    // spent twice would make the provider end the whole sign-in, and the next calls would be 401).
    for (let round = 0; round < 2; round += 1) {
      await pause(ACCESS_TOKEN_SECONDS * 1000 + 200);
      const statuses = await Promise.all(['cases', 'tasks', 'transfers', 'cases?priority=high', 'tasks?status=open'].map(async (path) => (await browser.call(`${web}/api/case/v1/${path}`)).status));
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
    }
    expect((await browser.call(`${web}/auth/session`)).status).toBe(200);
  });

  it('signs out here and at the provider: the next sign-in asks for the password again', async () => {
    const { browser, session } = await signedIn('tapachula', 'lawyer');
    const atProvider = (url: URL) => url.origin !== web;
    const leaving = await browser.submit(`${web}/auth/sign-out`, { csrfToken: session.csrfToken }, atProvider);
    expect(leaving.url).toContain(`${platform.url('centre')}/oidc/session/end`);
    expect((await browser.call(`${web}/auth/session`)).status).toBe(401);
    expect((await browser.call(`${web}/api/case/v1/cases`)).status).toBe(401);

    // The provider asks to confirm, then sends the browser back to the app.
    const question = await browser.navigate(leaving.url);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.body)?.[1] ?? '';
    const back = await browser.submit(formAction(question), { xsrf, logout: 'yes' }, (url) => url.origin === web);
    expect(back.url).toBe(`${web}/`);

    const again = await browser.navigate(`${web}/auth/sign-in`, (url) => url.origin === web && !url.pathname.startsWith('/auth/'));
    expect(again.url).toContain('/interaction/');
    expect(again.body).toContain('name="password"');
  });
});
