#!/usr/bin/env node
/**
 * Benchmark: how promptly the platform's Kafka consumers (KafkaBus) see messages, and how long a
 * consumer group takes to replace a member that died without leaving, on librdkafka's mock cluster
 * (real Kafka protocol, loopback).
 *   1. delivery: a steady, modest stream (20 messages/s) from a KafkaBus producer to a KafkaBus
 *      consumer; p50/p99/max from publish to handler.
 *   2. takeover: two members of one group share a two-partition topic while messages keep coming;
 *      the one in a child process is killed with SIGKILL; time until the other one receives a
 *      message of the dead member's partition.
 * The mock answers a fetch with nothing held for the consumer's whole fetch wait (it never cuts the
 * wait short when a message arrives), and its coordinator, once it evicts a member, waits most of a
 * session timeout for the others to rejoin: both figures are larger there than on a real broker
 * (see kafka-bus.ts). Bounded: a fixed number of messages, a deadline on every wait and on the
 * whole run. `node infra/bench/dist/kafka-timing/kafka-timing.bench.js [--quick]` prints the figures.
 */
import { performance } from 'node:perf_hooks';
import { TOPIC_PARTITIONS, TOPICS } from '@corredor/contracts';
import { startMockKafka } from '@corredor/kafka-mock';
import { KafkaBus } from '@corredor/messaging';
import { measureDelivery, type DeliveryFigures } from './delivery.phase';
import { killMembers, measureTakeover, type TakeoverFigures } from './takeover.phase';
import { tenth } from './timing-stats';

export const TAKEOVER_TOPIC = 'corredor.bench.takeover';

export interface KafkaTimingFigures extends DeliveryFigures, TakeoverFigures {
  /** The whole measurement, cluster start to stop. */
  totalMs: number;
}

const PER_SECOND = 20;

export async function measureKafkaTiming(options: { quick: boolean }): Promise<KafkaTimingFigures> {
  const started = performance.now();
  const deadlineMs = options.quick ? 90_000 : 240_000;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`kafka timing: deadline of ${deadlineMs / 1000} s passed`)), deadlineMs);
  });
  const kafka = await startMockKafka({ brokers: 1, topics: { ...TOPIC_PARTITIONS, [TAKEOVER_TOPIC]: 2 } });
  const brokers = kafka.bootstrapServers.split(',');
  const run = async (): Promise<KafkaTimingFigures> => {
    const delivery = await measureDelivery({ brokers, topic: TOPICS.caseEvents, messages: (options.quick ? 5 : 20) * PER_SECOND, perSecond: PER_SECOND });
    const takeover = await measureTakeover({ brokers, topic: TAKEOVER_TOPIC, partitions: 2, perSecond: PER_SECOND });
    return { ...delivery, ...takeover, totalMs: tenth(performance.now() - started) };
  };
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    clearTimeout(timer);
    killMembers();
    await kafka.stop();
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick') || process.env['BENCH_QUICK'] === '1';
  const figures = await measureKafkaTiming({ quick });
  const lines = [
    '',
    `Kafka timing on librdkafka's mock cluster${quick ? ' (quick)' : ''}, Node ${process.version}`,
    `KafkaBus consumer settings: ${JSON.stringify(KafkaBus.consumerTiming)}`,
    `delivery of ${figures.deliveredMessages} messages at ${figures.publishedPerSecond}/s: p50 ${figures.deliveryP50Ms} ms, p99 ${figures.deliveryP99Ms} ms, max ${figures.deliveryMaxMs} ms`,
    `takeover after kill -9: ${figures.takeoverAfterKillMs} ms`,
    `(${(figures.totalMs / 1000).toFixed(1)} s in all)`,
    JSON.stringify(figures),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`kafka timing: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
