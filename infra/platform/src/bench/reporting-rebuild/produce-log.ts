import { performance } from 'node:perf_hooks';
import { HEADERS, type TransportMessage } from '@corredor/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { BENCH_TOPICS, benchLog, type BenchLogPlan } from './bench-events';

/** Publishes the log as the outbox relays do (kafkajs, acks from all in-sync replicas, one request at a time, so each key's order holds). */
export async function produceLog(brokers: string[], plan: BenchLogPlan, perRequest: number) {
  const kafka = new Kafka({ clientId: 'bench-producer', brokers, logLevel: logLevel.ERROR, retry: { initialRetryTime: 200, maxRetryTime: 2000, retries: 8 } });
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: false, maxInFlightRequests: 1 });
  const admin = kafka.admin();
  await Promise.all([producer.connect(), admin.connect()]);
  const logged = async () => {
    let held = 0;
    let dropped = 0;
    for (const topic of BENCH_TOPICS) {
      for (const { high, low } of await admin.fetchTopicOffsets(topic)) {
        held += Number(high) - Number(low);
        dropped += Number(low);
      }
    }
    return { held, dropped };
  };
  const before = await logged();
  if (before.held + before.dropped > 0) throw new Error(`the topics already hold ${before.held + before.dropped} messages: the benchmark needs them empty`);
  const byType = new Map<string, number>();
  let sendMs = 0;
  let bytes = 0;
  let batch: TransportMessage[] = [];
  const send = async () => {
    const byTopic = new Map<string, TransportMessage[]>();
    for (const message of batch) {
      const list = byTopic.get(message.topic);
      if (list) list.push(message);
      else byTopic.set(message.topic, [message]);
    }
    const t0 = performance.now();
    await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list.map(({ key, value, headers }) => ({ key, value, headers })) })) });
    sendMs += performance.now() - t0;
    batch = [];
  };
  const started = performance.now();
  for (const message of benchLog(plan)) {
    const type = message.headers[HEADERS.eventType] ?? '?';
    byType.set(type, (byType.get(type) ?? 0) + 1);
    bytes += Buffer.byteLength(message.value);
    batch.push(message);
    if (batch.length >= perRequest) await send();
  }
  if (batch.length > 0) await send();
  const totalMs = performance.now() - started;
  const after = await logged();
  await Promise.all([producer.disconnect(), admin.disconnect()]);
  if (after.dropped > 0) {
    throw new Error(
      `the broker dropped the oldest ${after.dropped} of ${plan.events} messages (the logs no longer start at offset 0), so a rebuild would refuse them: ` +
        "librdkafka's mock keeps 5 MiB per partition: spread the topic over more partitions (BENCH_CASE_PARTITIONS)",
    );
  }
  if (after.held !== plan.events) throw new Error(`the log holds ${after.held} messages, not ${plan.events}`);
  return {
    events: plan.events,
    logged: after.held,
    byType: Object.fromEntries([...byType].sort((a, b) => b[1] - a[1])),
    averageBytes: Math.round(bytes / plan.events),
    totalMs,
    sendMs,
    generateMs: totalMs - sendMs,
    eventsPerSecond: Math.round((plan.events * 1000) / totalMs),
  };
}
