import { signDevelopmentOperatorToken } from '../config/operator-token';
import { consoleReporter } from '../output/console-reporter';
import { startFakeCorredor, type FakeCorredor } from '../testing/fake-corredor-api';
import { applyCentreFile } from '../commands/apply-centre.use-case';
import { runCentreCli } from './run-centre-cli';

const FILE = `apiVersion: corredor/v1
kind: Centre
centre:
  id: tijuana
  name: Centro de Recursos para Trabajadores Migrantes Tijuana
  city: Tijuana
  country: MX
  timeZone: America/Tijuana
  languages: [es, ht]
  services: [guidance]
  networks: [red-corredor-mx]
coordinator: { name: Lucía Martínez, email: coordinacion@tijuana.example.org, preferredLanguage: es }
`;

let fake: FakeCorredor;
let token: string;
beforeEach(async () => {
  fake = await startFakeCorredor();
  token = await signDevelopmentOperatorToken('red-corredor-mx');
  await applyCentreFile({ text: FILE, serviceUrls: fake.serviceUrls, token });
});
afterEach(() => fake.close());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCentreCli(args, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env: { ...fake.env, CORREDOR_TOKEN: token },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('the other commands', () => {
  it('suspend waits until every service sees the centre suspended; a second suspend has nothing to do', async () => {
    const first = await cli('suspend', 'tijuana');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^\[1\/2\] suspend centre tijuana \.+ suspended \(configVersion 2\)$/m);
    expect(first.stdout).toMatch(/^\[2\/2\] wait until all services see it \.+ 6\/6 services see it suspended/m);
    const again = await cli('suspend', 'tijuana');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^\[1\/2\] suspend centre tijuana \.+ already suspended$/m);
    expect(again.stdout).toMatch(/nothing to do$/m);
    expect(fake.centres.get('tijuana')?.configVersion).toBe(2);
  });

  it('an archived centre cannot be reactivated: the refusal is printed with its code', async () => {
    expect((await cli('archive', 'tijuana')).code).toBe(0);
    const { code, stderr } = await cli('reactivate', 'tijuana');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error CENTRE\.ARCHIVED \(HTTP 409\)/m);
    expect(stderr).toMatch(/^hint: an archived centre cannot be changed or reopened/m);
  });

  it('list shows the centres of the network as a table', async () => {
    const { code, stdout, stderr } = await cli('list');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+CITY\s+STATUS\s+CONFIG\s+NETWORKS$/);
    expect(stdout.split('\n')[1]).toMatch(/^tijuana\s+Centro de Recursos para Trabajadores Migrantes Tijuana\s+Tijuana\s+active\s+1\s+red-corredor-mx$/);
  });

  it('show tells how each service sees the centre', async () => {
    fake.lagging.add('notification');
    const { code, stdout } = await cli('show', 'tijuana');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}time zone\s+America\/Tijuana$/m);
    expect(stdout).toMatch(/^intake\s+active\s+1$/m);
    expect(stdout).toMatch(/^notification\s+has not seen it/m);
  });

  it('reinvite prints a fresh link', async () => {
    const { code, stdout } = await cli('reinvite', 'tijuana');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^invitation link: http:\/\/127\.0\.0\.1\/invitations\/tijuana-2 .*the previous link no longer works$/m);
  });

  it('a wrong command line exits 2 with what is wrong; --help exits 0', async () => {
    expect(await cli('open', 'tijuana')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error CENTRE_CLI\.USAGE: unknown command "open"$/m) });
    expect(await cli('show')).toMatchObject({ code: 2, stderr: expect.stringContaining('show takes one centre id') });
    expect(await cli('apply', 'x.yaml', '--timeout', 'soon')).toMatchObject({ code: 2, stderr: expect.stringContaining('--timeout takes a number of seconds') });
    expect(await cli('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('npm run centre -- apply <file.yaml>') });
  });
});

describe('the console reporter', () => {
  const step = { index: 3, total: 5, name: 'propagate', title: 'wait until all services see it' };
  const record = { ...step, status: 'done' as const, summary: '6/6 services (1.2 s)', durationMs: 1200 };

  it('redraws the waiting line in place on a terminal', () => {
    const written: string[] = [];
    const reporter = consoleReporter({ write: (text: string) => written.push(text), isTTY: true });
    reporter.stepStarted(step);
    reporter.stepProgress(step, '4/6 services');
    reporter.stepFinished(record);
    expect(written.join('')).toBe(
      '[3/5] wait until all services see it ... \r\x1b[2K[3/5] wait until all services see it ... 4/6 services\r\x1b[2K[3/5] wait until all services see it ... 6/6 services (1.2 s)\n',
    );
  });

  it('prints plain lines elsewhere, one per change of progress', () => {
    const written: string[] = [];
    const reporter = consoleReporter({ write: (text: string) => written.push(text) });
    reporter.stepStarted(step);
    reporter.stepProgress(step, '4/6 services');
    reporter.stepProgress(step, '4/6 services');
    reporter.stepFinished(record);
    expect(written).toEqual(['[3/5] wait until all services see it ... 4/6 services\n', '[3/5] wait until all services see it ... 6/6 services (1.2 s)\n']);
  });
});
