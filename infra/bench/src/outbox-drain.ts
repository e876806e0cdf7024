import { performance } from 'node:perf_hooks';
import { InMemoryBus, OutboxRelay, type OutboxRecord } from '@corredor/messaging';
import { MemoryOutbox } from '@corredor/persistence';
import { createLogger } from '@corredor/service-kit';

export interface OutboxDrainFigures {
  /** Milliseconds to publish and remove everything, per number of records waiting. */
  drainMs: Record<string, number>;
  /** Cost per record at the largest size over cost per record at the smallest: 1 is linear. */
  growthPerRecord: number;
}

/**
 * Item 5's second half: a broker outage leaves records in the outbox; once it is back, the relay
 * publishes them all (batches of 100, as in the services). Draining is linear when the cost per
 * record does not grow with how many wait.
 */
export async function benchOutboxDrain(sizes: readonly number[]): Promise<OutboxDrainFigures> {
  const drainMs: Record<string, number> = {};
  const perRecord: number[] = [];
  for (const size of sizes) {
    const outbox = new MemoryOutbox();
    const bus = new InMemoryBus();
    const relay = new OutboxRelay({ store: outbox, publisher: bus, logger: createLogger('corredor-bench', 'silent') });
    const at = new Date();
    const value = JSON.stringify({ data: 'x'.repeat(900) });
    const records: OutboxRecord[] = Array.from({ length: size }, (_, i) => ({
      id: `event-${i}`,
      tenant: 'tijuana',
      topic: 'corredor.case.events',
      key: `case-${i % 997}`,
      value,
      headers: { tenant: 'tijuana' },
      position: i + 1,
      createdAt: at,
    }));
    outbox.add(records);
    const started = performance.now();
    const published = await relay.flush();
    const ms = performance.now() - started;
    if (published !== size || (await outbox.countPending()) !== 0) throw new Error(`outbox drain: published ${published} of ${size}`);
    drainMs[String(size)] = ms;
    perRecord.push(ms / size);
  }
  return { drainMs, growthPerRecord: (perRecord.at(-1) ?? Number.NaN) / (perRecord[0] ?? Number.NaN) };
}
