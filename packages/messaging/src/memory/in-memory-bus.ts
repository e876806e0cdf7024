import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BrokerUnavailableError, type ConsumeOptions, type ConsumedMessage, type MessageBus, type TransportMessage } from '../transport';
import { partitionFor } from './partitioner';

interface GroupState {
  options: ConsumeOptions;
  /** next offset per "topic/partition" */
  offsets: Map<string, number>;
  pumps: Map<string, Promise<void>>;
  /** The end offset of each "topic/partition" when the group started; null once it caught up (or has no callback). */
  catchUpTargets: Map<string, number> | null;
}

/** One partition's log: the message at offset `o` is `held[o - dropped]`. */
interface PartitionLog {
  held: ConsumedMessage[];
  /** Messages dropped from the front once every group had consumed them. */
  dropped: number;
}

export interface InMemoryBusOptions {
  partitions?: Record<string, number>;
  defaultPartitions?: number;
  /** Delay before a message whose handler rejected is delivered again. */
  redeliveryDelayMs?: number;
  /**
   * Drop a message once every group reading its topic has consumed it, so memory stays flat however
   * long the process runs (the one-process platform). A topic no group reads keeps its messages, and
   * so do `keepTopics`. Off by default: tests read the whole log (`messages`).
   */
  dropConsumed?: boolean;
  /** With dropConsumed: topics kept whole anyway (what a rebuild replays, when the platform offers one). */
  keepTopics?: readonly string[];
}

/** Dropping shifts the held array: do it in chunks, so its cost per message stays constant. */
const DROP_CHUNK = 256;

/** How long consumers may run in one turn of the event loop before they let requests in. */
const SLICE_MS = 5;

/**
 * The consumers' shared time budget per turn of the event loop. Yielding after every message is
 * not enough: every pump that yielded resumes in the same check phase, one after the other, so
 * sixty pumps of one message each still block the loop for their sum. With one budget, the pumps
 * that find it spent wait for the next turn, after the poll phase has read waiting requests.
 */
class TurnBudget {
  private startedAt = 0;
  private open = false;

  spent(): boolean {
    const now = performance.now();
    if (!this.open) {
      this.open = true;
      this.startedAt = now;
      // Runs in the next check phase, before the pumps that yield now: a new turn, a new budget.
      setImmediate(() => {
        this.open = false;
      });
    }
    return now - this.startedAt >= SLICE_MS;
  }
}

/**
 * A single-process broker with Kafka's semantics where they matter: every consumer group gets every
 * message of its topics from the beginning, messages with the same key keep their order, and a
 * message whose handler rejects is delivered again (at least once).
 *
 * Consumers share a time budget per turn of the event loop and yield once it is spent, as
 * consumers over the network do while they wait for a fetch: without that, a publish runs the
 * whole chain it causes (relay, consumer, its own relay, the next consumers...) before the process
 * reads the next request.
 */
export class InMemoryBus implements MessageBus {
  private readonly logs = new Map<string, PartitionLog[]>();
  private readonly groups = new Map<string, GroupState>();
  private available = true;
  private consuming = true;
  private stopped = false;
  private publishedCount = 0;
  private readonly budget = new TurnBudget();

  constructor(private readonly options: InMemoryBusOptions = {}) {}

  /** Simulates a broker outage: publishing fails until it is available again. */
  setAvailable(available: boolean): void {
    this.available = available;
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (!this.available || this.stopped) throw new BrokerUnavailableError('in-memory broker is unavailable');
    for (const message of messages) {
      const partitions = this.partitionsOf(message.topic);
      const partition = partitionFor(message.key, partitions.length);
      const log = partitions[partition] ?? { held: [], dropped: 0 };
      log.held.push({ ...message, headers: { ...message.headers }, partition, offset: String(log.dropped + log.held.length) });
    }
    this.publishedCount += messages.length;
    for (const group of this.groups.values()) this.pumpAll(group);
  }

  async consume(options: ConsumeOptions): Promise<void> {
    if (this.groups.has(options.group)) throw new Error(`consumer group ${options.group} is already consuming`);
    const targets = new Map<string, number>();
    for (const topic of options.topics) {
      this.partitionsOf(topic).forEach((log, partition) => targets.set(`${topic}/${partition}`, log.dropped + log.held.length));
    }
    const group: GroupState = { options, offsets: new Map(), pumps: new Map(), catchUpTargets: options.onCaughtUp ? targets : null };
    // A group joining late starts where the log starts now: what was dropped is gone, as on a broker past its retention.
    for (const topic of options.topics) {
      this.partitionsOf(topic).forEach((log, partition) => {
        if (log.dropped > 0) group.offsets.set(`${topic}/${partition}`, log.dropped);
      });
    }
    this.groups.set(options.group, group);
    this.checkCaughtUp(group);
    this.pumpAll(group);
  }

  async isReachable(): Promise<boolean> {
    return this.available && !this.stopped;
  }

  /** The messages a topic still holds, in partition order (every message ever published, unless dropConsumed). */
  messages(topic: string): ConsumedMessage[] {
    return (this.logs.get(topic) ?? []).flatMap((log) => log.held);
  }

  /** How many messages have been published since the bus started (dropped ones included). */
  published(): number {
    return this.publishedCount;
  }

  /** How many messages all topics still hold. */
  held(): number {
    let held = 0;
    for (const partitions of this.logs.values()) for (const log of partitions) held += log.held.length;
    return held;
  }

  /** Resolves when every group has consumed everything published so far. */
  async drain(): Promise<void> {
    for (;;) {
      const pumps = [...this.groups.values()].flatMap((group) => [...group.pumps.values()]);
      if (pumps.length === 0) return;
      await Promise.all(pumps);
    }
  }

  async stopConsuming(): Promise<void> {
    this.consuming = false;
    await Promise.all([...this.groups.values()].flatMap((group) => [...group.pumps.values()]));
  }

  async stop(): Promise<void> {
    await this.stopConsuming();
    this.stopped = true;
  }

  private partitionsOf(topic: string): PartitionLog[] {
    let partitions = this.logs.get(topic);
    if (!partitions) {
      const count = this.options.partitions?.[topic] ?? this.options.defaultPartitions ?? 3;
      partitions = Array.from({ length: count }, () => ({ held: [], dropped: 0 }));
      this.logs.set(topic, partitions);
    }
    return partitions;
  }

  private checkCaughtUp(group: GroupState): void {
    const targets = group.catchUpTargets;
    if (!targets) return;
    for (const [slot, end] of targets) if ((group.offsets.get(slot) ?? 0) < end) return;
    group.catchUpTargets = null;
    group.options.onCaughtUp?.();
  }

  private pumpAll(group: GroupState): void {
    for (const topic of group.options.topics) {
      this.partitionsOf(topic).forEach((_log, partition) => this.pump(group, topic, partition));
    }
  }

  /** With dropConsumed: drops the front of a partition that every group reading the topic has consumed. */
  private dropConsumed(topic: string, partition: number, log: PartitionLog): void {
    if (!this.options.dropConsumed || this.options.keepTopics?.includes(topic)) return;
    const slot = `${topic}/${partition}`;
    let consumedByAll = Number.POSITIVE_INFINITY;
    for (const group of this.groups.values()) {
      if (group.options.topics.includes(topic)) consumedByAll = Math.min(consumedByAll, group.offsets.get(slot) ?? 0);
    }
    if (consumedByAll === Number.POSITIVE_INFINITY) return;
    const droppable = consumedByAll - log.dropped;
    // In chunks (amortised), or all of it once the partition is idle so nothing lingers.
    if (droppable >= DROP_CHUNK || (droppable > 0 && droppable === log.held.length)) {
      log.held.splice(0, droppable);
      log.dropped += droppable;
    }
  }

  private pump(group: GroupState, topic: string, partition: number): void {
    const slot = `${topic}/${partition}`;
    if (group.pumps.has(slot) || !this.consuming) return;
    const log = this.partitionsOf(topic)[partition] ?? { held: [], dropped: 0 };
    if (log.dropped + log.held.length <= (group.offsets.get(slot) ?? 0)) return;
    const run = async () => {
      for (;;) {
        // Always await (the pump is registered before its first handler can publish); once the
        // turn's budget is spent, a macrotask turn, so requests and timers run in between.
        if (this.budget.spent()) await nextTurn();
        else await Promise.resolve();
        const offset = group.offsets.get(slot) ?? 0;
        const message = log.held[offset - log.dropped];
        if (!message || !this.consuming) return;
        try {
          await group.options.onMessage({ ...message, headers: { ...message.headers } }, { heartbeat: async () => {} });
          group.offsets.set(slot, offset + 1);
          this.checkCaughtUp(group);
          this.dropConsumed(topic, partition, log);
        } catch {
          await new Promise((resolve) => setTimeout(resolve, this.options.redeliveryDelayMs ?? 50));
        }
      }
    };
    group.pumps.set(
      slot,
      run().finally(() => {
        group.pumps.delete(slot);
        // A publish may have landed between the last look and now: look again.
        if (log.dropped + log.held.length > (group.offsets.get(slot) ?? 0)) this.pump(group, topic, partition);
      }),
    );
  }
}
