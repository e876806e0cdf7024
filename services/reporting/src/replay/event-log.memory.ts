import type { ConsumedMessage, LogReadOptions } from '@corredor/messaging';
import { checkpointAt, type Steps } from '../cooperative/steps';
import { inSlices } from '../cooperative/time-slices';
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

/** Per partition, the last of the messages (offset order within a partition): where each partition's log ends. */
function* lastOfEach(messages: readonly ConsumedMessage[]): Steps<Map<number, ConsumedMessage>> {
  const last = new Map<number, ConsumedMessage>();
  let seen = 0;
  for (const message of messages) {
    last.set(message.partition, message);
    if (checkpointAt(++seen)) yield;
  }
  return last;
}

/** Per partition, its messages from the offset `next` says on (offset order kept). */
function* unreadOf(messages: readonly ConsumedMessage[], next: ReadonlyMap<number, number>): Steps<Map<number, ConsumedMessage[]>> {
  const unread = new Map<number, ConsumedMessage[]>();
  let seen = 0;
  for (const message of messages) {
    if (checkpointAt(++seen)) yield;
    if (Number(message.offset) < (next.get(message.partition) ?? 0)) continue;
    const list = unread.get(message.partition);
    if (list) list.push(message);
    else unread.set(message.partition, [message]);
  }
  return unread;
}

/**
 * The in-memory bus's log as an event log: the one-process platform's, and the tests'. A log of
 * hundreds of thousands of messages is looked through once per round (not once per batch), in
 * slices of the event loop, and its batches are handed over one by one, the process serving other
 * work between them.
 */
export class MemoryEventLog implements EventLog {
  constructor(
    private readonly source: MemoryLogSource,
    private readonly options: MemoryEventLogOptions = {},
  ) {}

  async ranges(topics: readonly string[]): Promise<LogRange[]> {
    const ranges: LogRange[] = [];
    for (const topic of topics) {
      for (const [partition, last] of await inSlices(lastOfEach(this.source.messages(topic)))) ranges.push({ topic, partition, start: 0, end: Number(last.offset) + 1 });
    }
    return ranges;
  }

  async read(options: LogReadOptions): Promise<LogReading> {
    const batchSize = this.options.batchSize ?? 500;
    const idleMs = this.options.idleMs ?? 20;
    /** Per topic, per partition, the next offset to hand over. */
    const next = new Map(options.topics.map((topic) => [topic, new Map<number, number>()]));
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
          const offsets = next.get(topic) ?? new Map<number, number>();
          for (const [partition, unread] of await inSlices(unreadOf(this.source.messages(topic), offsets))) {
            for (let start = 0; start < unread.length && !stopped; start += batchSize) {
              const batch = unread.slice(start, start + batchSize);
              const last = batch.at(-1);
              if (!last) continue;
              await options.onBatch(batch);
              offsets.set(partition, Number(last.offset) + 1);
              handed += batch.length;
              // As a broker's fetches would: let the process serve requests and live events between batches.
              await new Promise((resolve) => setImmediate(resolve));
            }
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
