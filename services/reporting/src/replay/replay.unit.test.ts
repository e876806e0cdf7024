import { TOPICS } from '@corredor/contracts';
import type { InMemoryBus, LogReadOptions } from '@corredor/messaging';
import { buildServiceApp, type AppDeps } from '@corredor/service-kit';
import { consumingTestApp, deliverEvents, networkTokenFor, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { buildApp, defineReportingService } from '../service';
import { TestCase } from '../test-events';
import type { EventLog } from './event-log';
import { MemoryEventLog } from './event-log.memory';
import type { RebuildSettings } from './projection-rebuild';
import { centreYear, centreYearOf, PERIODS, withoutErasedPeople } from './replay-scenario';

const operator = async () => `Bearer ${await networkTokenFor('red-corredor-mx', ['operator'], 'ops@red-corredor-mx')}`;
const coordinatorOf = async (centre: string) => `Bearer ${await tokenFor(centre, ['coordinator'], `rosa@${centre}`)}`;

/** Runs a hook before each batch the rebuild reads: lets a test publish live events while it replays. */
class HookedLog implements EventLog {
  beforeBatch: () => Promise<void> = async () => {};
  constructor(private readonly inner: EventLog) {}
  ranges(topics: readonly string[]) {
    return this.inner.ranges(topics);
  }
  read(options: LogReadOptions) {
    return this.inner.read({
      ...options,
      onBatch: async (messages) => {
        await this.beforeBatch();
        await options.onBatch(messages);
      },
    });
  }
}

async function reportingWithReplay(settings: Partial<RebuildSettings> = {}) {
  let log: HookedLog | null = null;
  const build = (deps: AppDeps) => {
    const memory = new MemoryEventLog(deps.bus as InMemoryBus, { batchSize: 5, idleMs: 1 });
    log = new HookedLog(memory);
    const hooked = log;
    return buildServiceApp(defineReportingService({ replay: { log: () => hooked, settings: { progressEveryMs: 2, ...settings } } }), deps);
  };
  const built = await consumingTestApp(build);
  if (!log) throw new Error('unreachable');
  return { ...built, log: log as HookedLog };
}

type App = Awaited<ReturnType<typeof consumingTestApp>>['app'];

/** Every indicator report of the centres over the periods, as the coordinators read them. */
async function reports(app: App, centres = ['tijuana', 'tapachula']) {
  const all: Record<string, unknown> = {};
  for (const centre of centres) {
    const auth = await coordinatorOf(centre);
    for (const period of PERIODS) {
      const res = await request(app).get(`/v1/reports/indicators?period=${period}`).set('Authorization', auth);
      expect(res.status).toBe(200);
      all[`${centre} ${period}`] = res.body;
    }
    const range = await request(app).get('/v1/reports/indicators?from=2026-02-10&to=2026-09-03').set('Authorization', auth);
    all[`${centre} range`] = range.body;
  }
  return all;
}

async function projection(app: App) {
  const res = await request(app).get('/v1/projection').set('Authorization', await operator());
  expect(res.status).toBe(200);
  return res.body as { generation: string; rebuild: null | { status: string; generation: string; progress: Record<string, number | null>; failure: string | null } };
}

async function finished(app: App) {
  for (let i = 0; i < 2000; i++) {
    const { rebuild, generation } = await projection(app);
    if (rebuild && ['done', 'failed', 'abandoned'].includes(rebuild.status)) return { generation, rebuild };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the rebuild did not finish');
}

/** Publishes a message as a broken producer might: read by nobody, dead-lettered by the live consumer. */
const publishRaw = (bus: InMemoryBus, value: string) => bus.publish([{ topic: TOPICS.caseEvents, key: 'k', value, headers: { tenant: 'tijuana' } }]);

describe('rebuilding the projection from the event log', () => {
  it('replays the topics into a fresh generation, switches over when caught up, and every report reads the same before and after', async () => {
    const { app, deps, deliver } = await reportingWithReplay();
    const years = [centreYearOf('tijuana', 60, 1), centreYearOf('tapachula', 30, 2)];
    await deliver(...years.flatMap((year) => year.events));
    await publishRaw(deps.bus, '{"not json');
    await publishRaw(deps.bus, JSON.stringify({ type: 'case.note-added', data: {} }));
    await deps.bus.drain();
    const before = await reports(app);
    expect((before['tijuana 2026'] as { indicators: Record<string, { total: number }> }).indicators['people-served']?.total).toBeGreaterThan(30);
    // The people erased (with work on their cases after it) count nowhere: the reports read as if reporting never heard of them.
    expect(years.map((year) => year.erased.size > 0)).toEqual([true, true]);
    const reference = await consumingTestApp(buildApp);
    await reference.deliver(...years.flatMap(withoutErasedPeople));
    expect(await reports(reference.app)).toEqual(before);
    expect(await projection(app)).toEqual({ generation: 'g1', rebuild: null });

    const started = await request(app).post('/v1/projection/rebuilds').set('Authorization', await operator());
    expect(started.status).toBe(202);
    expect(started.headers['location']).toBe('/v1/projection');
    expect(started.body).toMatchObject({ generation: 'g2', replacing: 'g1', status: 'replaying', startedBy: 'ops@red-corredor-mx', switchedAt: null });

    const { generation, rebuild } = await finished(app);
    expect(generation).toBe('g2');
    const messages = [TOPICS.caseEvents, TOPICS.referralEvents, TOPICS.consentEvents].reduce((sum, topic) => sum + deps.bus.messages(topic).length, 0);
    expect(rebuild).toMatchObject({ status: 'done', failure: null, progress: { read: messages, total: messages, ignored: 1, invalid: 1, applied: messages - 2, secondsLeft: 0 } });
    expect(await reports(app)).toEqual(before);

    // A second rebuild replaces the first one's generation, and the figures stay.
    expect((await request(app).post('/v1/projection/rebuilds').set('Authorization', await operator())).body).toMatchObject({ generation: 'g3', replacing: 'g2' });
    expect(await finished(app)).toMatchObject({ generation: 'g3', rebuild: { status: 'done' } });
    expect(await reports(app)).toEqual(before);
  });

  it('ends identical to the live figures when events keep arriving while it replays, at the switch and after it', async () => {
    const { app, deps, deliver, log } = await reportingWithReplay({ handoverMs: 30 });
    const first = centreYear('tijuana', 40, 3);
    const during = centreYear('tijuana', 40, 4);
    const after = centreYear('tijuana', 10, 5);
    await deliver(...first);
    // Each batch the rebuild reads lets one more event in, handled live meanwhile.
    const pending = [...during];
    log.beforeBatch = async () => {
      const next = pending.shift();
      if (next) await deliverEvents(deps.bus, [next]);
    };
    expect((await request(app).post('/v1/projection/rebuilds').set('Authorization', await operator())).status).toBe(202);
    let rebuild = (await projection(app)).rebuild;
    while (rebuild?.status === 'replaying') rebuild = (await projection(app)).rebuild;
    // Switched (or done already): these are handled live, into the new generation.
    await deliver(...after.slice(0, 5));
    const { rebuild: done } = await finished(app);
    expect(done).toMatchObject({ status: 'done' });
    expect(pending).toEqual([]);
    await deliver(...after.slice(5));

    // The same events delivered to a reporting service that never rebuilt.
    const reference = await consumingTestApp(buildApp);
    await reference.deliver(...first, ...during, ...after);
    expect(await reports(app, ['tijuana'])).toEqual(await reports(reference.app, ['tijuana']));
  });

  it('refuses a second rebuild while one runs, in any process', async () => {
    const { app, deliver, log } = await reportingWithReplay();
    await deliver(...centreYear('tijuana', 5, 6));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    log.beforeBatch = () => held;
    expect((await request(app).post('/v1/projection/rebuilds').set('Authorization', await operator())).status).toBe(202);
    const second = await request(app).post('/v1/projection/rebuilds').set('Authorization', await operator());
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('REPORTING.REBUILD_RUNNING');
    release();
    expect(await finished(app)).toMatchObject({ generation: 'g2', rebuild: { status: 'done' } });
  });

  it('is for operators only: staff and network analysts are refused, and they see nothing of it', async () => {
    const { app } = await reportingWithReplay();
    for (const auth of [await coordinatorOf('tijuana'), `Bearer ${await networkTokenFor('red-corredor-mx', ['network-analyst'])}`]) {
      expect((await request(app).post('/v1/projection/rebuilds').set('Authorization', auth)).status).toBe(403);
      expect((await request(app).get('/v1/projection').set('Authorization', auth)).status).toBe(403);
    }
    expect((await request(app).post('/v1/projection/rebuilds')).status).toBe(401);
    expect(await projection(app)).toEqual({ generation: 'g1', rebuild: null });
  });

  it('refuses to rebuild from a log that lost its first events, and keeps the live figures', async () => {
    const truncated: EventLog = {
      ranges: async () => [{ topic: TOPICS.caseEvents, partition: 1, start: 120, end: 300 }],
      read: async () => ({ stop: async () => {} }),
    };
    const built = await consumingTestApp((deps) => buildServiceApp(defineReportingService({ replay: { log: () => truncated } }), deps));
    await built.deliver(new TestCase().opened());
    const res = await request(built.app).post('/v1/projection/rebuilds').set('Authorization', await operator());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('REPORTING.EVENT_LOG_INCOMPLETE');
    expect(res.body.detail).toContain(`${TOPICS.caseEvents}/1`);
    expect(await projection(built.app)).toEqual({ generation: 'g1', rebuild: null });
  });

  it('answers that it cannot rebuild in a process started without the event log', async () => {
    const built = await consumingTestApp(buildApp);
    const res = await request(built.app).post('/v1/projection/rebuilds').set('Authorization', await operator());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('REPORTING.REBUILD_UNAVAILABLE');
  });
});
