import { readFileSync } from 'node:fs';
import { CentreCliError, changeCentreStatus } from '@corredor/centre-cli';
import { demoIntake } from '@corredor/platform';
import { networkTokenFor, TEST_AUTH } from '@corredor/service-kit/testing';
import { decodeJwt } from 'jose';
import { accessTokenOf, discover, oidc, signIn } from './oidc-sign-in';
import { centreFile, startPlatformProcesses, type PlatformProcesses } from './platform-processes';
import { waitUntil, type ServiceName } from './service-processes';

jest.setTimeout(240_000);

/** Invitations expire after 9 s here, so the test can see one expire. */
const INVITATION_TTL_MS = 9_000;
const PASSWORD = 'una frase larga para entrar';
const figures: Record<string, number> = {};

/** One request per service that staff make every day; each must refuse a suspended centre's tokens. */
const STAFF_READS: Record<ServiceName, string> = {
  intake: '/v1/intakes/00000000-0000-4000-8000-000000000000',
  case: '/v1/cases',
  referral: '/v1/partners',
  notification: '/v1/notifications',
  reporting: '/v1/reports/people-served',
  centre: '/v1/me',
};

describe('centres as tenants, end to end: an operator brings a centre up, its staff sign in (OpenID Connect) and work', () => {
  let platform: PlatformProcesses;
  let config: oidc.Configuration;
  const tokens: Record<string, string> = {};
  let promoterInvitationUrl = '';
  let coordinatorRefreshToken = '';

  const api: PlatformProcesses['api'] = (...args) => platform.api(...args);
  const accept = async (url: string, password: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password }) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    platform = await startPlatformProcesses({ centreEnv: { INVITATION_TTL_HOURS: String(INVITATION_TTL_MS / 3_600_000) } });
    config = await discover(platform.issuer);
  });

  afterAll(async () => {
    await platform?.stop();
    // eslint-disable-next-line no-console
    console.info(`centre e2e figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
  });

  it('applies a new centre from its file; the coordinator accepts the invitation and signs in with PKCE', async () => {
    const started = Date.now();
    const applied = await platform.apply(centreFile('ciudad-juarez'));
    figures['apply ciudad-juarez.yaml from nothing (ms)'] = Date.now() - started;
    for (const step of applied.steps) figures[`  apply step ${step.name} (ms)`] = step.durationMs;
    expect(applied).toMatchObject({ result: 'created', centre: { id: 'ciudad-juarez', status: 'active', configVersion: 1 }, coordinator: { status: 'invited' } });
    expect(applied.steps.map((s) => [s.name, s.status])).toEqual([
      ['validate', 'done'],
      ['register', 'done'],
      ['propagate', 'done'],
      ['partners', 'done'],
      ['coordinator', 'done'],
    ]);
    expect(applied.partners.created.length).toBeGreaterThan(0);
    const invitation = applied.coordinatorInvitation?.url ?? '';
    expect(invitation).toMatch(new RegExp(`^${platform.serviceUrls.centre}/invitations/`));

    const accepted = await accept(invitation, PASSWORD);
    expect(accepted).toMatchObject({ status: 200, body: { status: 'active', centre: 'ciudad-juarez' } });
    const coordinator = await accessTokenOf(config, { email: 'coordinacion@ciudad-juarez.example.org', password: PASSWORD });
    figures['apply from nothing to the coordinator holding a token (ms)'] = Date.now() - started;
    const claims = decodeJwt(coordinator.access_token);
    expect(claims).toMatchObject({ iss: platform.issuer, aud: 'corredor-api', centre: 'ciudad-juarez', roles: ['coordinator'] });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300);
    tokens['coordinator'] = coordinator.access_token;
    coordinatorRefreshToken = coordinator.refresh_token ?? '';
    expect(coordinatorRefreshToken).not.toBe('');

    // The partner directory came from the file, through the referral service.
    const partners = await api('referral', 'GET', '/v1/partners', coordinator.access_token);
    expect(partners.status).toBe(200);
    expect(partners.body.items.length).toBe(applied.partners.created.length);
  });

  it('the coordinator invites a promoter, who signs in and submits an intake that reaches the report', async () => {
    const invited = await api('centre', 'POST', '/v1/staff/invitations', tokens['coordinator'] ?? '', {
      name: 'Promotor Juárez',
      email: 'promotoria@ciudad-juarez.example.org',
      roles: ['promoter'],
      preferredLanguage: 'es',
    });
    expect(invited.status).toBe(201);
    promoterInvitationUrl = invited.body.invitation.url;
    expect((await accept(promoterInvitationUrl, PASSWORD)).status).toBe(200);
    const promoter = await accessTokenOf(config, { email: 'promotoria@ciudad-juarez.example.org', password: PASSWORD });
    tokens['promoter'] = promoter.access_token;
    expect(decodeJwt(promoter.access_token)).toMatchObject({ centre: 'ciudad-juarez', roles: ['promoter'] });

    const started = Date.now();
    const intake = await api('intake', 'POST', '/v1/intakes', promoter.access_token, demoIntake({ name: 'Wilner', alias: 'Wilner', sex: 'male', yearOfBirth: 1990 }));
    expect(intake.status).toBe(201);
    await waitUntil(async () => {
      const report = await api('reporting', 'GET', '/v1/reports/people-served', tokens['coordinator'] ?? '');
      return report.body?.total === 1 ? report.body : undefined;
    }, 30_000, 'the intake in the report');
    figures['intake POST (OIDC token) to report (ms)'] = Date.now() - started;

    // Refresh tokens rotate: the new one works, the used one is refused.
    const refreshed = await oidc.refreshTokenGrant(config, coordinatorRefreshToken);
    expect(refreshed.refresh_token).not.toBe(coordinatorRefreshToken);
    await expect(oidc.refreshTokenGrant(config, coordinatorRefreshToken)).rejects.toMatchObject({ error: 'invalid_grant' });
    tokens['coordinator'] = refreshed.access_token;
  });

  it('refuses bad input with stable codes and leaves nothing half-created', async () => {
    const text = readFileSync(centreFile('ciudad-juarez'), 'utf8');

    // An invalid file: nothing is sent; each problem names its line.
    const broken = text.replace('id: ciudad-juarez', 'id: nuevo-casas-grandes').replace(/timeZone: .*/, 'timeZone: America/Juarez').replace(/languages: \[es/, 'languages: [klingon, es');
    const invalid = await platform.apply(centreFile('ciudad-juarez'), { text: broken }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(CentreCliError);
    expect(invalid).toMatchObject({ code: 'CENTRE_FILE.INVALID' });
    const issues = (invalid as CentreCliError).details.issues ?? [];
    const lineOf = (pattern: RegExp) => text.split('\n').findIndex((line) => pattern.test(line)) + 1;
    expect(issues.map((i) => [i.path, i.line])).toEqual([
      ['centre.timeZone', lineOf(/timeZone:/)],
      ['centre.languages[0]', lineOf(/languages: \[es/)],
    ]);
    const operator = await networkTokenFor('red-corredor-mx', ['operator']);
    expect((await api('centre', 'GET', '/v1/centres/nuevo-casas-grandes', operator)).status).toBe(404);
    expect((await api('intake', 'GET', '/v1/centre-directory/nuevo-casas-grandes', operator)).status).toBe(404);

    // Unknown time zone and language, caught by the server too (not only by the command).
    const direct = await api('centre', 'PUT', '/v1/centres/nuevo-casas-grandes', operator, {
      name: 'CRTM Nuevo Casas Grandes', city: 'Nuevo Casas Grandes', country: 'MX', timeZone: 'Mars/Olympus', languages: ['xx'], services: ['guidance'], networks: ['red-corredor-mx'],
    });
    expect(direct.status).toBe(422);
    expect(direct.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.languages.0', 'body.timeZone']);

    // The same id from another network: taken, and nothing of theirs is created.
    const duplicate = await platform.apply(centreFile('ciudad-juarez'), { text: text.replace(/networks: \[.*\]/, 'networks: [alianza-sur]') }).catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ code: 'CENTRE.ID_TAKEN', details: { status: 409 } });

    // A token of another network sees nothing of this centre and can change nothing.
    const otherNetwork = await networkTokenFor('alianza-sur', ['operator']);
    expect((await api('centre', 'GET', '/v1/centres/ciudad-juarez', otherNetwork)).body.code).toBe('CENTRE.NOT_FOUND');
    expect((await api('centre', 'POST', '/v1/centres/ciudad-juarez/suspend', otherNetwork)).body.code).toBe('CENTRE.NOT_FOUND');
    expect((await api('reporting', 'GET', '/v1/centre-directory/ciudad-juarez', otherNetwork)).body.code).toBe('CENTRE.UNKNOWN');
    expect((await api('intake', 'GET', STAFF_READS.intake, otherNetwork)).status).toBe(403);

    // A reused invitation, and one that expired.
    const reused = await accept(promoterInvitationUrl, 'otra frase larga para entrar');
    expect([reused.status, reused.body['code']]).toEqual([410, 'STAFF.INVITATION_USED']);
    const late = await api('centre', 'POST', '/v1/staff/invitations', tokens['coordinator'] ?? '', { name: 'Intérprete', email: 'interpretacion@ciudad-juarez.example.org', roles: ['interpreter'] });
    expect(late.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, INVITATION_TTL_MS + 500));
    const expired = await accept(late.body.invitation.url, PASSWORD);
    expect([expired.status, expired.body['code']]).toEqual([410, 'STAFF.INVITATION_EXPIRED']);

    // A wrong password: the sign-in page says so (with its code) and no code is issued.
    const wrong = await signIn(config, { email: 'promotoria@ciudad-juarez.example.org', password: 'not the password at all' });
    expect('page' in wrong && wrong.page.status).toBe(401);
    expect('page' in wrong && wrong.page.body).toContain('data-code="SIGNIN.INVALID_CREDENTIALS"');

    // Only the centre that was applied exists in the network's registry.
    expect((await api('centre', 'GET', '/v1/centres', operator)).body.items.map((c: { id: string }) => c.id)).toEqual(['ciudad-juarez']);
  });

  it('the operator suspends the centre: every service refuses its tokens and refresh stops; a second apply changes nothing', async () => {
    const refreshable = (await accessTokenOf(config, { email: 'promotoria@ciudad-juarez.example.org', password: PASSWORD })).refresh_token ?? '';
    const started = Date.now();
    const suspended = await changeCentreStatus('suspend', {
      id: 'ciudad-juarez',
      network: 'red-corredor-mx',
      centreUrl: platform.serviceUrls.centre,
      serviceUrls: platform.serviceUrls,
      devTokenSecret: TEST_AUTH.secret,
    });
    expect(suspended.centre.status).toBe('suspended');
    const refusals = await Promise.all(
      (Object.keys(STAFF_READS) as ServiceName[]).map(async (service) => [service, (await api(service, 'GET', STAFF_READS[service], tokens['promoter'] ?? '')).body?.code]),
    );
    figures['suspend to every service refusing the centre (ms)'] = Date.now() - started;
    expect(Object.fromEntries(refusals)).toEqual(Object.fromEntries(Object.keys(STAFF_READS).map((service) => [service, 'CENTRE.SUSPENDED'])));
    await expect(oidc.refreshTokenGrant(config, refreshable)).rejects.toMatchObject({ error: 'invalid_grant' });
    const signInWhileSuspended = await signIn(config, { email: 'promotoria@ciudad-juarez.example.org', password: PASSWORD });
    expect('page' in signInWhileSuspended).toBe(true);

    const again = await platform.apply(centreFile('ciudad-juarez'));
    expect(again).toMatchObject({ result: 'unchanged', changes: [], partners: { created: [] }, coordinator: { status: 'active' } });
    expect(again.coordinatorInvitation).toBeUndefined();
    expect(again.centre).toMatchObject({ status: 'suspended', configVersion: 2 });
  });
});
