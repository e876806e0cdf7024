import { Kafka, logLevel } from 'kafkajs';

export interface RawPipelineFigures {
  messages: number;
  /** Messages through both hops per second, from the first to reach the end to the last. */
  messagesPerSecond: number;
}

/** The benchmark's own topics on the same broker, as many partitions as the intake and case topics. */
export const RAW_TOPICS = { first: 'bench.raw.first', second: 'bench.raw.second' } as const;

/**
 * What the platform's pipeline is compared with: plain kafkajs doing the same hops on the same
 * broker with the same number of messages of the same size. A backlog of `count` messages waits in
 * the first topic; one group forwards each to the second topic, another reads them there. No
 * validation, no store, no encryption: what the broker and the client cost, nothing else. Both
 * consumers wait at most 100 ms for a fetch, like the services' (kafkajs's default is 5 s).
 */
export async function rawKafkaPipeline(brokers: string, count: number, messageBytes: number, deadlineMs: number, run = 0): Promise<RawPipelineFigures> {
  // Runs share the topics and groups: each counts only its own messages, should an earlier run's be read again.
  const prefix = `run${run}:`;
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: [brokers], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const value = 'x'.repeat(messageBytes);
  for (let sent = 0; sent < count; sent += 100) {
    const messages = Array.from({ length: Math.min(100, count - sent) }, (_, i) => ({ key: `${prefix}${sent + i}`, value }));
    await producer.send({ topic: RAW_TOPICS.first, acks: -1, messages });
  }
  const forwarder = kafka.consumer({ groupId: 'bench-raw-forward', maxWaitTimeInMs: 100 });
  const reader = kafka.consumer({ groupId: 'bench-raw-read', maxWaitTimeInMs: 100 });
  let firstAt = 0;
  let received = 0;
  const done = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`raw kafkajs: ${received} of ${count} messages within ${deadlineMs} ms`)), deadlineMs);
    void (async () => {
      await forwarder.connect();
      await forwarder.subscribe({ topic: RAW_TOPICS.first, fromBeginning: true });
      await forwarder.run({
        partitionsConsumedConcurrently: 3,
        // What a careful hand-written forwarder does: each fetched batch out in one request.
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          await producer.send({ topic: RAW_TOPICS.second, acks: -1, messages: batch.messages.map((m) => ({ key: m.key, value: m.value })) });
          for (const message of batch.messages) resolveOffset(message.offset);
          await heartbeat();
        },
      });
      await reader.connect();
      await reader.subscribe({ topic: RAW_TOPICS.second, fromBeginning: true });
      await reader.run({
        partitionsConsumedConcurrently: 3,
        eachMessage: async ({ message }) => {
          if (!message.key?.toString().startsWith(prefix)) return;
          received += 1;
          if (received === 1) firstAt = performance.now();
          if (received === count) {
            clearTimeout(timer);
            resolve(performance.now());
          }
        },
      });
    })().catch(reject);
  });
  try {
    const lastAt = await done;
    return { messages: count, messagesPerSecond: (count - 1) / ((lastAt - firstAt) / 1000) };
  } finally {
    await Promise.allSettled([forwarder.disconnect(), reader.disconnect(), producer.disconnect()]);
  }
}
