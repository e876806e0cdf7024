import { createHash } from 'node:crypto';
import type { ConsumedMessage } from '@corredor/messaging';
import { benchLog, type BenchLogPlan } from './bench-events';

/** Partitions per topic of the in-memory log: MemoryEventLog rescans a topic per round, so many small partitions keep a round cheap. */
const PARTITIONS = 64;

const partitionOf = (key: string) => createHash('md5').update(key).digest().readUInt32BE(0) % PARTITIONS;

/**
 * The plan's log held in memory, as the in-memory bus would show it to MemoryEventLog: each topic's
 * messages partition after partition, each partition in offset order, a key always on one partition
 * (so a case's events keep their order).
 */
export function memoryLogOf(plan: BenchLogPlan): { messages(topic: string): ConsumedMessage[] } {
  const byTopic = new Map<string, ConsumedMessage[][]>();
  for (const message of benchLog(plan)) {
    let partitions = byTopic.get(message.topic);
    if (!partitions) {
      partitions = Array.from({ length: PARTITIONS }, () => []);
      byTopic.set(message.topic, partitions);
    }
    const partition = partitionOf(message.key);
    const list = partitions[partition] ?? [];
    list.push({ ...message, partition, offset: String(list.length) });
  }
  const flat = new Map([...byTopic].map(([topic, partitions]) => [topic, partitions.flat()]));
  return { messages: (topic) => flat.get(topic) ?? [] };
}
