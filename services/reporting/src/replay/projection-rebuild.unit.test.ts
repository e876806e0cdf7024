import { eventRegistry, type EventEnvelope } from '@corredor/contracts';
import { HEADERS, InMemoryBus, silentLogger } from '@corredor/messaging';
import { tabulate } from '../indicators/tabulate.domain';
import { MemoryGenerationPointerRepository } from '../projection/generation-pointer.repository.memory';
import { LiveProjection } from '../projection/live-projection';
import { createReportingProjection, type ReportingProjection } from '../projection/reporting-projection';
import { TestCase } from '../test-events';
import { MemoryEventLog } from './event-log.memory';
import { ProjectionRebuilds, REBUILD_FAILURES } from './projection-rebuild';
import { MemoryRebuildRepository } from './rebuild.repository.memory';
import { centreYear } from './replay-scenario';

const TZ = 'America/Tijuana';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

/** Every indicator's one-way tables and the measures, as plain data to compare. */
async function figures(projection: ReportingProjection) {
  const { units, measures } = await projection.figures('tijuana', YEAR, TZ);
  const tables = Object.fromEntries(
    Object.entries(units).map(([id, list]) => [id, { total: list.length, ...Object.fromEntries(Object.keys(list[0] ?? {}).map((dimension) => [dimension, tabulate(list, [dimension]).cells])) }]),
  );
  return { tables, measures };
}

async function applied(events: EventEnvelope[]): Promise<ReportingProjection> {
  const projection = createReportingProjection({ mongo: null, generation: 'reference' });
  for (const event of events) await projection.apply(event);
  return projection;
}

const publish = (bus: InMemoryBus, events: EventEnvelope[]) =>
  bus.publish(events.map((event) => ({ topic: eventRegistry.latestOf(event.type)?.topic ?? '', key: event.subject ?? event.id, value: JSON.stringify(event), headers: { [HEADERS.tenant]: event.tenantid } })));

/**
 * Two processes of the service sharing one store (as with MongoDB): each generation is one
 * projection whichever process makes it, and the pointer is shared. Process A runs the rebuild;
 * process B's subscriptions keep handling events and read the pointer again every 5 s.
 */
function twoProcesses(options: { apply?: (event: EventEnvelope) => Promise<void> } = {}) {
  const bus = new InMemoryBus();
  const generations = new Map<string, ReportingProjection>();
  const dropped: string[] = [];
  const create = (generation: string): ReportingProjection => {
    const known = generations.get(generation);
    if (known) return known;
    const made = createReportingProjection({ mongo: null, generation });
    const projection: ReportingProjection = {
      ...made,
      apply: async (event) => {
        if (generation !== 'g1') await options.apply?.(event);
        return made.apply(event);
      },
      drop: async () => {
        dropped.push(generation);
        generations.delete(generation);
      },
    };
    generations.set(generation, projection);
    return projection;
  };
  const pointer = new MemoryGenerationPointerRepository();
  let wall = new Date('2026-11-23T15:00:00Z');
  let monotonic = 0;
  const clock = () => wall;
  const a = new LiveProjection({ create, pointer, clock, recheckMs: 5000 });
  const b = new LiveProjection({ create, pointer, clock, recheckMs: 5000 });
  const rebuilds = new MemoryRebuildRepository();
  const runner = new ProjectionRebuilds({
    projections: a,
    create,
    log: new MemoryEventLog(bus, { batchSize: 4, idleMs: 1 }),
    rebuilds,
    clock,
    logger: silentLogger,
    now: () => monotonic,
    settings: { handoverMs: 7000, progressEveryMs: 2, applyAttempts: 2 },
  });
  /** What process B's subscriptions do with events: published, then handled into the generation B knows. */
  const live = async (events: EventEnvelope[]) => {
    await publish(bus, events);
    for (const event of events) await (await b.live()).apply(event);
  };
  const until = async (condition: () => Promise<boolean>) => {
    for (let i = 0; i < 5000 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 1));
    if (!(await condition())) throw new Error('never happened');
  };
  const status = async () => (await rebuilds.latest())?.status;
  const pass = (ms: number) => {
    wall = new Date(wall.getTime() + ms);
    monotonic += ms;
  };
  return { bus, a, b, runner, rebuilds, dropped, live, until, status, pass };
}

describe('a rebuild across processes', () => {
  it('loses no event that another process handles into the old generation after the switch, and drops the old generation once every process moved', async () => {
    const { a, b, runner, dropped, live, until, status, pass } = twoProcesses();
    const before = centreYear('tijuana', 30, 11);
    await live(before);
    expect((await b.live()).generation).toBe('g1');

    await runner.start('ops@red-corredor-mx');
    await until(async () => (await status()) === 'handing-over');
    expect((await a.live()).generation).toBe('g2');
    // B has not looked at the pointer again: what it handles now goes into g1 only.
    const meanwhile = centreYear('tijuana', 10, 12);
    await live(meanwhile);
    expect((await b.live()).generation).toBe('g1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await status()).toBe('handing-over');
    expect(dropped).toEqual([]);

    pass(7001);
    expect((await b.live()).generation).toBe('g2');
    const after = centreYear('tijuana', 10, 13);
    await live(after);
    await runner.settled();
    expect(await status()).toBe('done');
    expect(dropped).toEqual(['g1']);
    expect(await figures(await b.live())).toEqual(await figures(await applied([...before, ...meanwhile, ...after])));
  });

  it('fails without switching when the new generation cannot be written, drops it, and can be started again', async () => {
    let failing = true;
    const { a, runner, rebuilds, dropped, live, until, status, pass } = twoProcesses({
      apply: async () => {
        if (failing) throw new Error('store down');
      },
    });
    await live(centreYear('tijuana', 5, 14));
    await runner.start('ops@red-corredor-mx');
    await until(async () => (await status()) === 'failed');
    await runner.settled();
    expect(await rebuilds.latest()).toMatchObject({ status: 'failed', failure: REBUILD_FAILURES.writeFailed, generation: 'g2' });
    expect((await a.live()).generation).toBe('g1');
    expect(dropped).toEqual(['g2']);

    failing = false;
    expect(await runner.start('ops@red-corredor-mx')).toMatchObject({ generation: 'g3', replacing: 'g1' });
    await until(async () => (await status()) === 'handing-over');
    pass(7001);
    await until(async () => (await status()) === 'done');
    expect((await a.live()).generation).toBe('g3');
  });

  it('is abandoned when its process stops, and another can start', async () => {
    const { a, runner, rebuilds, live, until, status } = twoProcesses();
    await live([new TestCase().opened()]);
    await runner.start('ops@red-corredor-mx');
    await until(async () => (await status()) === 'handing-over');
    await runner.stop();
    // It had switched: the new generation stays live, and the operator is told it was interrupted.
    expect(await rebuilds.latest()).toMatchObject({ status: 'abandoned', failure: REBUILD_FAILURES.interrupted });
    expect((await a.live()).generation).toBe('g2');
    expect(await runner.start('ops@red-corredor-mx')).toMatchObject({ generation: 'g3', replacing: 'g2' });
    await runner.stop();
  });
});
