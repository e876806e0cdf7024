import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCentreCli } from '../cli/run-centre-cli';
import { signDevelopmentOperatorToken } from '../config/operator-token';
import { collectingReporter } from '../output/progress-reporter';
import { startFakeCorredor, type FakeCorredor } from '../testing/fake-corredor-api';
import { applyCentreFile } from './apply-centre.use-case';

const FILE = `apiVersion: corredor/v1
kind: Centre
centre:
  id: tapachula
  name: Centro de Recursos para Trabajadores Migrantes Tapachula
  city: Tapachula
  country: MX
  timeZone: America/Mexico_City
  languages: [es, ht, mam]
  services: [guidance, referral]
  networks: [red-corredor-mx, alianza-sur]
coordinator:
  name: Rosa Velázquez
  email: coordinacion@tapachula.example.org
  preferredLanguage: es
partners:
  - name: Albergue Belén
    services: [shelter, food]
    agreementSigned: true
  - name: Centro de Derechos Humanos Fray Matías de Córdova
    services: [immigration-legal-aid]
`;

let fake: FakeCorredor;
let token: string;
beforeEach(async () => {
  fake = await startFakeCorredor({ foreignIds: ['tuxtla'] });
  token = await signDevelopmentOperatorToken('red-corredor-mx');
});
afterEach(() => fake.close());

function apply(text: string = FILE, overrides: { token?: string; timeoutMs?: number } = {}) {
  const reporter = collectingReporter();
  const run = applyCentreFile({ text, fileName: 'tapachula.yaml', serviceUrls: fake.serviceUrls, token, reporter, pollIntervalMs: 10, ...overrides });
  return { reporter, run };
}

const outcomes = (reporter: ReturnType<typeof collectingReporter>) => reporter.steps.map((step) => `${step.name}: ${step.status}`);

/** The command line as an operator runs it, with what it printed. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'centre-cli-'));
  await writeFile(join(dir, 'tapachula.yaml'), FILE);
  const code = await runCentreCli(args, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env: { ...fake.env, CORREDOR_TOKEN: token, ...env },
    cwd: dir,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('npm run centre -- apply', () => {
  it('creates the centre on the first run, showing each step, and prints the invitation link', async () => {
    const { code, stdout, stderr } = await cli(['apply', 'tapachula.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\[1\/5\] validate file \.+ ok \(centre tapachula, 2 partners\)$/m);
    expect(stdout).toMatch(/^\[2\/5\] register centre \.+ created \(configVersion 1\)$/m);
    expect(stdout).toMatch(/^\[3\/5\] wait until all services see it \.+ 6\/6 services \(\d/m);
    expect(stdout).toMatch(/^\[4\/5\] seed partners \.+ 2 added, 0 already there$/m);
    expect(stdout).toMatch(/^\[5\/5\] invite coordinator \.+ invitation link: http:\/\/127\.0\.0\.1\/invitations\/tapachula-1 \(expires 2026-11-30 15:00 UTC\)$/m);
    expect(stdout).toMatch(/^done in [\d.]+ s$/m);
    expect(fake.partners.get('tapachula')).toEqual(new Set(['Albergue Belén', 'Centro de Derechos Humanos Fray Matías de Córdova']));
  });

  it('changes nothing when run again, and says each step had nothing to do', async () => {
    await apply().run;
    const { reporter, run } = apply();
    const result = await run;
    expect(result.result).toBe('unchanged');
    expect(result.coordinatorInvitation).toBeUndefined();
    expect(outcomes(reporter)).toEqual(['validate: done', 'register: nothing-to-do', 'propagate: nothing-to-do', 'partners: nothing-to-do', 'coordinator: nothing-to-do']);
    expect(reporter.steps[4]?.summary).toBe('already invited (pending until 2026-11-30 15:00 UTC); run `npm run centre -- reinvite tapachula` for a new link');
    expect(fake.centres.get('tapachula')?.configVersion).toBe(1);
  });

  it('updates the centre from a changed file and says what changed', async () => {
    await apply().run;
    const { reporter, run } = apply(FILE.replace('[es, ht, mam]', '[es, ht, mam, quc]'));
    const result = await run;
    expect(result.changes).toEqual([{ field: 'languages', from: ['es', 'ht', 'mam'], to: ['es', 'ht', 'mam', 'quc'] }]);
    expect(reporter.steps[1]?.summary).toBe('updated: languages [es, ht, mam] → [es, ht, mam, quc] (configVersion 2)');
    expect(reporter.steps[2]).toMatchObject({ status: 'done', summary: expect.stringMatching(/^6\/6 services/) });
  });

  it('lists every change when several fields changed', async () => {
    await apply().run;
    const { reporter, run } = apply(FILE.replace('city: Tapachula', 'city: Tapachula de Córdova').replace('services: [guidance, referral]', 'services: [guidance]'));
    await run;
    expect(reporter.steps[1]?.summary).toBe('updated, 2 changes (configVersion 2)');
    expect(reporter.steps[1]?.details).toEqual(['city Tapachula → Tapachula de Córdova', 'services [guidance, referral] → [guidance]']);
  });

  it('resumes where it stopped when partner seeding failed', async () => {
    fake.failOnce('PUT', /partner-directory$/, { status: 503, code: 'REFERRAL.UNAVAILABLE', detail: 'The directory is being restored.' });
    const first = apply();
    await expect(first.run).rejects.toMatchObject({ code: 'REFERRAL.UNAVAILABLE', exitCode: 1 });
    expect(outcomes(first.reporter)).toEqual(['validate: done', 'register: done', 'propagate: done', 'partners: failed']);
    expect(fake.coordinators.has('tapachula')).toBe(false);

    const again = apply();
    const result = await again.run;
    expect(outcomes(again.reporter)).toEqual(['validate: done', 'register: nothing-to-do', 'propagate: nothing-to-do', 'partners: done', 'coordinator: done']);
    expect(result.partners.created).toHaveLength(2);
    expect(result.coordinatorInvitation?.url).toBe('http://127.0.0.1/invitations/tapachula-1');
  });

  it('stops waiting after the timeout and names the services that did not catch up', async () => {
    fake.lagging.add('reporting');
    fake.lagging.add('referral');
    const { reporter, run } = apply(FILE, { timeoutMs: 200 });
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CENTRE_CLI.NOT_PROPAGATED', exitCode: 1 });
    expect((error as Error).message).toMatch(/2 of 6 services do not see centre tapachula at configVersion 1 yet: referral \(has not seen it\), reporting \(has not seen it\)$/);
    expect(reporter.progress).toContain('propagate: 4/6 services (waiting for referral, reporting)');
    expect(fake.partners.has('tapachula')).toBe(false);
  });

  it('prints a refusal with its stable code: a centre outside the token’s network', async () => {
    const { code, stderr } = await cli(['apply', 'tapachula.yaml'], { CORREDOR_TOKEN: await signDevelopmentOperatorToken('red-guatemala') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error CENTRE\.OUTSIDE_NETWORK \(HTTP 403\): The centre's networks do not include yours\.$/m);
    expect(stderr).toMatch(/^hint: the token is for another network/m);
    expect(fake.centres.size).toBe(0);
  });

  it('prints a refusal with its stable code: an id another network holds', async () => {
    await writeFile(join(tmpdir(), 'tuxtla.yaml'), FILE.replace('id: tapachula', 'id: tuxtla'));
    const { code, stdout, stderr } = await cli(['apply', join(tmpdir(), 'tuxtla.yaml')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\[2\/5\] register centre \.+ failed$/m);
    expect(stderr).toMatch(/^error CENTRE\.ID_TAKEN \(HTTP 409\): This id belongs to a centre outside your network\.$/m);
    expect(stderr).toMatch(/^failed after [\d.]+ s$/m);
  });

  it('puts the server’s field errors on the lines of the file, and exits 2', async () => {
    fake.failOnce('PUT', /\/v1\/centres\/tapachula$/, {
      status: 422,
      code: 'CENTRE.VALIDATION_FAILED',
      detail: 'Some fields are missing or invalid.',
      errors: [{ field: 'body.languages.2', message: 'has no interpreter on the roster' }],
    });
    const { code, stderr } = await cli(['apply', 'tapachula.yaml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tapachula\.yaml:9:23 centre\.languages\[2\]: has no interpreter on the roster$/m);
    expect(stderr).toMatch(/^error CENTRE\.VALIDATION_FAILED \(HTTP 422\)/m);
  });

  it('refuses an invalid file before anything is created, naming the line, and exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'centre-cli-'));
    await writeFile(join(dir, 'bad.yaml'), FILE.replace('America/Mexico_City', 'Mexico/Tapachula'));
    const { code, stdout, stderr } = await cli(['apply', join(dir, 'bad.yaml')]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^\[1\/5\] validate file \.+ failed$/m);
    expect(stderr).toContain(`${join(dir, 'bad.yaml')}:8:13 centre.timeZone: is not a known IANA time zone`);
    expect(stderr).toMatch(/^error CENTRE_FILE\.INVALID: /m);
    expect(fake.tokens).toEqual([]);
  });

  it('signs a development token for the file’s first network when no token is given, and says so', async () => {
    const { reporter, run } = apply(FILE, { token: '' });
    await run;
    expect(reporter.infos).toEqual(['no CORREDOR_TOKEN: using a development operator token for network red-corredor-mx']);
    expect(fake.tokens[0]).toMatchObject({ network: 'red-corredor-mx', roles: ['operator'] });
  });
});
