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

export interface InMemoryBusOptions {
  partitions?: Record<string, number>;
  defaultPartitions?: number;
  /** Delay before a message whose handler rejected is delivered again. */
  redeliveryDelayMs?: number;
}

/**
 * A single-process broker with Kafka's semantics where they matter: every consumer group gets every
 * message of its topics from the beginning, messages with the same key keep their order, and a
 * message whose handler rejects is delivered again (at least once).
 */
export class InMemoryBus implements MessageBus {
  private readonly logs = new Map<string, ConsumedMessage[][]>();
  private readonly groups = new Map<string, GroupState>();
  private available = true;
  private consuming = true;
  private stopped = false;

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
      const log = partitions[partition] ?? [];
      log.push({ ...message, headers: { ...message.headers }, partition, offset: String(log.length) });
    }
    for (const group of this.groups.values()) this.pumpAll(group);
  }

  async consume(options: ConsumeOptions): Promise<void> {
    if (this.groups.has(options.group)) throw new Error(`consumer group ${options.group} is already consuming`);
    const targets = new Map<string, number>();
    for (const topic of options.topics) {
      this.partitionsOf(topic).forEach((log, partition) => targets.set(`${topic}/${partition}`, log.length));
    }
    const group: GroupState = { options, offsets: new Map(), pumps: new Map(), catchUpTargets: options.onCaughtUp ? targets : null };
    this.groups.set(options.group, group);
    this.checkCaughtUp(group);
    this.pumpAll(group);
  }

  async isReachable(): Promise<boolean> {
    return this.available && !this.stopped;
  }

  /** Every message ever published to a topic, in partition order (for tests and tooling). */
  messages(topic: string): ConsumedMessage[] {
    return (this.logs.get(topic) ?? []).flat();
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

  private partitionsOf(topic: string): ConsumedMessage[][] {
    let partitions = this.logs.get(topic);
    if (!partitions) {
      const count = this.options.partitions?.[topic] ?? this.options.defaultPartitions ?? 3;
      partitions = Array.from({ length: count }, () => []);
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

  private pump(group: GroupState, topic: string, partition: number): void {
    const slot = `${topic}/${partition}`;
    if (group.pumps.has(slot) || !this.consuming) return;
    const run = async () => {
      // Yield first, so the pump is registered before a handler can publish and look for it.
      await Promise.resolve();
      const log = this.partitionsOf(topic)[partition] ?? [];
      for (;;) {
        const offset = group.offsets.get(slot) ?? 0;
        const message = log[offset];
        if (!message || !this.consuming) return;
        try {
          await group.options.onMessage({ ...message, headers: { ...message.headers } }, { heartbeat: async () => {} });
          group.offsets.set(slot, offset + 1);
          this.checkCaughtUp(group);
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
        const log = this.partitionsOf(topic)[partition] ?? [];
        if (log.length > (group.offsets.get(slot) ?? 0)) this.pump(group, topic, partition);
      }),
    );
  }
}
