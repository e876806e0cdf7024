import type { ProjectionRebuild } from '../api/api.schemas';
import { signDevelopmentOperatorToken } from '../config/operator-token';
import { rebuildConsole } from '../output/rebuild-console';
import { startFakeCorredor, type FakeCorredor } from '../testing/fake-corredor-api';
import { runReportingCli, type ReportingCliIo } from './run-reporting-cli';

let fake: FakeCorredor;
let token: string;
beforeEach(async () => {
  fake = await startFakeCorredor();
  token = await signDevelopmentOperatorToken('red-corredor-mx');
});
afterEach(() => fake.close());

/** `npm run reporting -- ...` as an operator runs it, looking as often as it can and printing every change. */
async function reporting(args: string[], options: { env?: Record<string, string>; timing?: ReportingCliIo['timing'] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReportingCli(args, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env: { CORREDOR_SERVICE_URLS: fake.env.CORREDOR_SERVICE_URLS, CORREDOR_TOKEN: token, ...options.env },
    timing: { pollIntervalMs: 1, printEveryMs: 0, ...options.timing },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const caughtUp = { read: 500_000, applied: 480_000, ignored: 20_000, invalid: 0, eventsPerSecond: 8_300, secondsLeft: 0 };

describe('npm run reporting -- rebuild', () => {
  it('replays with the pace and the time left, switches over once caught up, and ends with what it read', async () => {
    fake.projection.plan(
      { progress: { read: 12_345, applied: 12_000, ignored: 345, eventsPerSecond: 8_210, secondsLeft: 59 } },
      { progress: { read: 250_000, applied: 240_000, ignored: 10_000, eventsPerSecond: 8_250.4, secondsLeft: 2_950 } },
      { status: 'handing-over', progress: caughtUp },
      { status: 'done' },
    );
    const { code, stdout, stderr } = await reporting(['rebuild']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'rebuilding g2 to replace g1: 500,000 events to replay (Ctrl-C stops watching, not the rebuild)',
      'replaying  12,345 / 500,000 events  8,210 events/s  about 59 s left',
      'replaying  250,000 / 500,000 events  8,250 events/s  about 49 min left',
      'switched to g2 at 2026-11-30 15:00:03 UTC: the reports read it now',
      'handing over  500,000 / 500,000 events  8,300 events/s  g2 is live; every reporting process moves to it',
      'done: g2 live, 500,000 events read (480,000 applied, 20,000 ignored, 0 invalid) in 4.0 s',
      '',
    ]);
    expect(fake.projection.state.generation).toBe('g2');
  });

  it('refuses a second rebuild while one runs: exit 1 with the code and how to follow the running one', async () => {
    const started = await reporting(['rebuild', '--no-wait']);
    expect(started.code).toBe(0);
    expect(started.stdout).toBe(
      'rebuilding g2 to replace g1: 500,000 events to replay (it goes on in the reporting service)\nfollow it with: npm run reporting -- status --follow\n',
    );
    const { code, stderr } = await reporting(['rebuild']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error REPORTING\.REBUILD_RUNNING \(HTTP 409\): A rebuild is running already/m);
    expect(stderr).toMatch(/^hint: one rebuild runs at a time: follow it with `npm run reporting -- status --follow`$/m);
  });

  it('says why the service cannot rebuild at all', async () => {
    fake.projection.refuseNextStart('REPORTING.EVENT_LOG_INCOMPLETE', 'The log no longer starts at its first event in corredor.case.events/0.');
    const { code, stdout, stderr } = await reporting(['rebuild']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error REPORTING\.EVENT_LOG_INCOMPLETE \(HTTP 409\): The log no longer starts/m);
    expect(stderr).toMatch(/^hint: a replay needs every event since the beginning/m);
    expect(fake.projection.state.rebuild).toBeNull();
  });

  it('exits 1 with the failure code when the rebuild fails, and says the old generation is still live', async () => {
    fake.projection.plan({ progress: { read: 120_000, applied: 118_000, ignored: 2_000, eventsPerSecond: 9_000, secondsLeft: 42 } }, { status: 'failed', failure: 'REPORTING.PROJECTION_WRITE_FAILED' });
    const { code, stdout, stderr } = await reporting(['rebuild']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^replaying {2}120,000 \/ 500,000 events {2}9,000 events\/s {2}about 42 s left$/m);
    expect(stdout).not.toMatch(/done|switched/);
    expect(stderr).toBe(
      'error REPORTING.PROJECTION_WRITE_FAILED: rebuild g2 failed after 120,000 / 500,000 events in 2.0 s; g1 is still live\n' +
        "hint: the projection's store refused writes (is MongoDB up?): see the reporting service's log, then rebuild again\n",
    );
  });

  it('gives up on a rebuild that no longer moves, saying the rebuild itself may go on', async () => {
    const { code, stderr } = await reporting(['rebuild'], { timing: { stalledAfterMs: 0 } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error CENTRE_CLI\.REBUILD_NOT_RESPONDING: rebuild g2 has not moved for 0 s$/m);
    expect(stderr).toMatch(/^hint: the reporting process running it may have ended/m);
  });

  it('signs a development token for --network when there is no CORREDOR_TOKEN, and says so', async () => {
    fake.projection.plan({ status: 'done', progress: caughtUp });
    const { code, stderr } = await reporting(['rebuild', '--network', 'alianza-sur'], { env: { CORREDOR_TOKEN: '' } });
    expect(code).toBe(0);
    expect(stderr).toBe('no CORREDOR_TOKEN: using a development operator token for network alianza-sur\n');
    expect(fake.projection.state.rebuild?.startedBy).toBe('dev-operator@alianza-sur');
  });

  it('reaches the reporting service at --reporting-url, and says where the URL comes from when it cannot', async () => {
    const { code, stderr } = await reporting(['rebuild', '--reporting-url', 'http://127.0.0.1:1']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error CENTRE_CLI\.UNREACHABLE: cannot reach the reporting service at http:\/\/127\.0\.0\.1:1 /m);
    expect(stderr).toMatch(/^hint: .*--reporting-url, CORREDOR_REPORTING_URL or CORREDOR_SERVICE_URLS/m);
    expect(fake.projection.state.rebuild).toBeNull();
  });
});

describe('npm run reporting -- status', () => {
  it('shows the live generation, and that nothing was rebuilt yet', async () => {
    const { code, stdout } = await reporting(['status']);
    expect(code).toBe(0);
    expect(stdout).toBe('live generation  g1\nlatest rebuild   none yet\n');
  });

  it('shows the live generation and the latest rebuild once it is done', async () => {
    fake.projection.plan({ status: 'done', progress: caughtUp });
    expect((await reporting(['rebuild'])).code).toBe(0);
    const { code, stdout } = await reporting(['status']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'live generation  g2',
      'latest rebuild   g2, replacing g1: done',
      '  started        2026-11-30 15:00:00 UTC by dev-operator@red-corredor-mx',
      '  switched       2026-11-30 15:00:01 UTC',
      '  finished       2026-11-30 15:00:01 UTC',
      '  events         500,000 events read (480,000 applied, 20,000 ignored, 0 invalid) in 1.0 s',
      '',
    ]);
  });

  it('shows a running rebuild with its progress; --follow follows it to its end', async () => {
    fake.projection.plan({ progress: { read: 40_000, eventsPerSecond: 10_000, secondsLeft: 46 } });
    await reporting(['rebuild', '--no-wait']);
    const seen = await reporting(['status']);
    expect(seen.code).toBe(0);
    expect(seen.stdout).toMatch(/^latest rebuild {3}g2, replacing g1: replaying$/m);
    expect(seen.stdout).toMatch(/^ {2}progress {7}replaying {2}40,000 \/ 500,000 events {2}10,000 events\/s {2}about 46 s left$/m);
    expect(seen.stdout).toMatch(/^follow it with: npm run reporting -- status --follow$/m);

    // Stopped after the switch: the new generation stays live.
    fake.projection.plan({ status: 'handing-over', progress: caughtUp }, { status: 'abandoned', failure: 'REPORTING.REBUILD_INTERRUPTED' });
    const { code, stdout, stderr } = await reporting(['status', '--follow']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^switched to g2 at 2026-11-30 15:00:02 UTC: the reports read it now$/m);
    expect(stderr).toMatch(/^error REPORTING\.REBUILD_INTERRUPTED: rebuild g2 abandoned after 500,000 \/ 500,000 events in 3\.0 s; g2 is live \(it had switched over\)$/m);
    expect(stderr).toMatch(/^hint: the reporting process running it stopped \(a restart or a deploy\)/m);
  });

  it('shows why the latest rebuild failed', async () => {
    fake.projection.plan({ status: 'failed', failure: 'REPORTING.EVENT_LOG_UNREADABLE' });
    expect((await reporting(['rebuild'])).code).toBe(1);
    const { code, stdout } = await reporting(['status']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^live generation {2}g1$/m);
    expect(stdout).toMatch(/^ {2}failure {8}REPORTING\.EVENT_LOG_UNREADABLE$/m);
    expect(stdout).toMatch(/^hint: the Kafka broker stopped answering during the replay/m);
  });
});

describe('the command line', () => {
  it.each([
    [['rebuil'], 'unknown command "rebuil"'],
    [[], 'which command? (rebuild, status)'],
    [['status', 'g2'], 'status takes no argument'],
    [['status', '--no-wait'], '--no-wait goes with rebuild'],
    [['rebuild', '--follow'], '--follow goes with status'],
    [['rebuild', '--wait-for', '5'], "Unknown option '--wait-for'"],
  ])('%j exits 2 with what is wrong and where the help is', async (args, message) => {
    const { code, stderr } = await reporting(args);
    expect(code).toBe(2);
    expect(stderr).toContain(`error CENTRE_CLI.USAGE: ${message}`);
    expect(stderr).toMatch(/^hint: npm run reporting -- --help$/m);
    expect(fake.projection.state.rebuild).toBeNull();
  });

  it('--help shows the commands and exits 0', async () => {
    const { code, stdout } = await reporting(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('npm run reporting -- rebuild --no-wait');
    expect(stdout).toContain('--reporting-url <url>');
  });
});

describe('the rebuild on the console', () => {
  const rebuild = (read: number, status: ProjectionRebuild['status'] = 'replaying'): ProjectionRebuild => ({
    id: 'r',
    generation: 'g3',
    replacing: 'g2',
    status,
    startedBy: 'op',
    startedAt: '2026-11-30T15:00:00.000Z',
    switchedAt: status === 'replaying' ? null : '2026-11-30T15:01:00.000Z',
    finishedAt: null,
    progress: { read, total: 1_000, applied: read, ignored: 0, invalid: 0, eventsPerSecond: 100, secondsLeft: (1_000 - read) / 100, elapsedSeconds: read / 100 },
    failure: null,
  });

  it('off a terminal, prints a line per status and at most one every few seconds within one', () => {
    const written: string[] = [];
    let now = 0;
    const screen = rebuildConsole({ write: (text: string) => written.push(text) }, { printEveryMs: 5_000, now: () => now });
    screen.update(rebuild(100));
    now = 1_000;
    screen.update(rebuild(200));
    now = 5_000;
    screen.update(rebuild(500));
    now = 5_500;
    screen.update(rebuild(1_000, 'handing-over'));
    expect(written).toEqual([
      'replaying  100 / 1,000 events  100 events/s  about 9 s left\n',
      'replaying  500 / 1,000 events  100 events/s  about 5 s left\n',
      'switched to g3 at 2026-11-30 15:01:00 UTC: the reports read it now\n',
      'handing over  1,000 / 1,000 events  100 events/s  g3 is live; every reporting process moves to it\n',
    ]);
  });

  it('on a terminal, redraws one progress line in place', () => {
    const written: string[] = [];
    const screen = rebuildConsole({ write: (text: string) => written.push(text), isTTY: true }, { printEveryMs: 60_000 });
    screen.update(rebuild(100));
    screen.update(rebuild(200));
    screen.finished({ ...rebuild(1_000, 'done'), finishedAt: '2026-11-30T15:01:01.000Z' });
    expect(written.join('')).toBe(
      '\r\x1b[2Kreplaying  100 / 1,000 events  100 events/s  about 9 s left' +
        '\r\x1b[2Kreplaying  200 / 1,000 events  100 events/s  about 8 s left' +
        '\r\x1b[2Kswitched to g3 at 2026-11-30 15:01:00 UTC: the reports read it now\n' +
        'done: g3 live, 1,000 events read (1,000 applied, 0 ignored, 0 invalid) in 61 s\n',
    );
  });
});
