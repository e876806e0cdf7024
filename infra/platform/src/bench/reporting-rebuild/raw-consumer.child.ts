#!/usr/bin/env node
/**
 * The benchmark's baseline, in a process of its own (so its peak memory is its own): a plain
 * kafkajs consumer in a fresh group reads the topics from the beginning, batch by batch, parses
 * each value as JSON and does nothing else, until it has read every message the benchmark
 * published. Same consumer settings as KafkaLogReader (the rebuild's reader), so the difference is
 * what the rebuild does with each message.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { childEnvSchema, ownUsage, toParent } from './bench-ipc';

async function main(): Promise<void> {
  const env = childEnvSchema.parse(process.env);
  const kafka = new Kafka({
    clientId: 'bench-raw-consumer',
    brokers: env.BENCH_BROKERS.split(','),
    connectionTimeout: 3000,
    logLevel: logLevel.ERROR,
    retry: { initialRetryTime: 200, maxRetryTime: 2000, retries: 8 },
  });
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, sessionTimeout: 30_000, heartbeatInterval: 3000, allowAutoTopicCreation: false });
  let read = 0;
  let parsed = 0;
  let batches = 0;
  let firstMessageMs = Number.NaN;
  let lastMessageMs = Number.NaN;
  let allRead: () => void = () => {};
  const finished = new Promise<void>((resolve) => (allRead = resolve));

  const started = performance.now();
  await consumer.connect();
  await consumer.subscribe({ topics: env.BENCH_TOPICS.split(','), fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch }) => {
      if (batch.messages.length === 0) return;
      if (read === 0) firstMessageMs = performance.now() - started;
      for (const message of batch.messages) {
        if (message.value && JSON.parse(message.value.toString()) !== null) parsed += 1;
      }
      read += batch.messages.length;
      batches += 1;
      if (read >= env.BENCH_EXPECTED) {
        lastMessageMs = performance.now() - started;
        allRead();
      }
    },
  });
  await finished;
  await consumer.disconnect();
  await toParent({ kind: 'raw-consumed', read, parsed, batches, firstMessageMs, lastMessageMs, usage: ownUsage() });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`raw consumer: ${String(error)}\n`);
    process.exit(1);
  },
);
