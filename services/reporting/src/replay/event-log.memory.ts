import type { ConsumedMessage, LogReadOptions } from '@corredor/messaging';
import type { EventLog, LogRange, LogReading } from './event-log';

/** What the in-memory bus (InMemoryBus) shows of its log. */
export interface MemoryLogSource {
  /** Every message of the topic, partition after partition, each in offset order. */
  messages(topic: string): ConsumedMessage[];
}

export interface MemoryEventLogOptions {
  /** Messages handed over at once per partition (default 500). */
  batchSize?: number;
  /** How long a reading that has read everything waits before looking again (default 20 ms). */
  idleMs?: number;
}

const slotOf = (message: Pick<ConsumedMessage, 'topic' | 'partition'>) => `${message.topic}/${message.partition}`;

/** The in-memory bus's log as an event log: the one-process platform's, and the tests'. */
export class MemoryEventLog implements EventLog {
  constructor(
    private readonly source: MemoryLogSource,
    private readonly options: MemoryEventLogOptions = {},
  ) {}

  async ranges(topics: readonly string[]): Promise<LogRange[]> {
    const ends = new Map<string, LogRange>();
    for (const topic of topics) {
      for (const message of this.source.messages(topic)) {
        const end = Number(message.offset) + 1;
        const known = ends.get(slotOf(message));
        if (!known || known.end < end) ends.set(slotOf(message), { topic, partition: message.partition, start: 0, end });
      }
    }
    return [...ends.values()];
  }

  async read(options: LogReadOptions): Promise<LogReading> {
    const batchSize = this.options.batchSize ?? 500;
    const idleMs = this.options.idleMs ?? 20;
    const next = new Map<string, number>();
    let stopped = false;
    let wake: () => void = () => {};
    const pause = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, idleMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });

    const loop = async () => {
      while (!stopped) {
        let handed = 0;
        for (const topic of options.topics) {
          const byPartition = new Map<number, ConsumedMessage[]>();
          for (const message of this.source.messages(topic)) {
            if (Number(message.offset) < (next.get(slotOf(message)) ?? 0)) continue;
            const batch = byPartition.get(message.partition);
            if (!batch) byPartition.set(message.partition, [message]);
            else if (batch.length < batchSize) batch.push(message);
          }
          for (const batch of byPartition.values()) {
            const last = batch[batch.length - 1];
            if (stopped || !last) continue;
            await options.onBatch(batch);
            next.set(slotOf(last), Number(last.offset) + 1);
            handed += batch.length;
            // As a broker's fetches would: let the process serve requests and live events between batches.
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
        if (handed === 0) await pause();
      }
    };
    const running = loop().catch((error: unknown) => {
      stopped = true;
      options.onFailure(error);
    });
    return {
      stop: async () => {
        stopped = true;
        wake();
        await running;
      },
    };
  }
}
