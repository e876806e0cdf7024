import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { KafkaBus, silentLogger } from '@corredor/messaging';
import { parseTimingValue, timingValue } from './timing-ipc';
import { percentile, progress, sleepUntil, tenth, waitFor } from './timing-stats';

export interface DeliveryPlan {
  brokers: string[];
  topic: string;
  messages: number;
  perSecond: number;
}

export interface DeliveryFigures {
  deliveredMessages: number;
  publishedPerSecond: number;
  /** From just before `publish` to the consumer's handler, same process and clock. */
  deliveryP50Ms: number;
  deliveryP99Ms: number;
  deliveryMaxMs: number;
}

/**
 * A KafkaBus producer publishes one message at a time at a steady, modest rate (what the services'
 * outbox relays do outside bursts) and a KafkaBus consumer, warmed up first (joined, fetching),
 * handles them: how long each took from publish to handler.
 */
export async function measureDelivery(plan: DeliveryPlan): Promise<DeliveryFigures> {
  const producer = new KafkaBus({ clientId: 'bench-delivery-producer', brokers: plan.brokers, logger: silentLogger });
  const consumer = new KafkaBus({ clientId: 'bench-delivery-consumer', brokers: plan.brokers, logger: silentLogger });
  const sentAt: number[] = [];
  const receivedAt = new Map<number, number>();
  let warmedUp = false;
  try {
    await consumer.consume({
      group: `bench.delivery.${randomUUID()}`,
      topics: [plan.topic],
      onMessage: async (message) => {
        const at = performance.now();
        const value = parseTimingValue(message.value);
        if (value.phase === 'warm-up') warmedUp = true;
        else if (value.phase === 'measured' && !receivedAt.has(value.seq)) receivedAt.set(value.seq, at);
      },
    });
    // The first join of a group waits (the mock cluster's initial rebalance delay is 3 s): probe until one arrives.
    const probing = (async () => {
      for (let seq = 0; !warmedUp; seq += 1) {
        await producer.publish([{ topic: plan.topic, key: `warm-up-${seq}`, value: timingValue({ phase: 'warm-up', seq }), headers: {} }]);
        await sleep(250);
      }
    })();
    await waitFor('the delivery consumer to join its group', () => warmedUp, 30_000);
    await probing;
    progress(`delivery: consumer joined; publishing ${plan.messages} messages at ${plan.perSecond}/s`);

    const interval = 1000 / plan.perSecond;
    const start = performance.now();
    const publishing: Promise<void>[] = [];
    for (let seq = 0; seq < plan.messages; seq += 1) {
      await sleepUntil(start + seq * interval);
      sentAt[seq] = performance.now();
      publishing.push(producer.publish([{ topic: plan.topic, key: `key-${seq}`, value: timingValue({ phase: 'measured', seq }), headers: {} }]));
    }
    await Promise.all(publishing);
    await waitFor(`all ${plan.messages} measured messages to arrive`, () => receivedAt.size === plan.messages, 30_000);
    progress('delivery: all delivered');
    const elapsedS = ((sentAt[plan.messages - 1] ?? start) - start) / 1000;

    const latencies = [...receivedAt].map(([seq, at]) => at - (sentAt[seq] ?? Number.NaN)).sort((a, b) => a - b);
    return {
      deliveredMessages: receivedAt.size,
      publishedPerSecond: tenth(elapsedS > 0 ? (plan.messages - 1) / elapsedS : plan.messages),
      deliveryP50Ms: tenth(percentile(latencies, 50)),
      deliveryP99Ms: tenth(percentile(latencies, 99)),
      deliveryMaxMs: tenth(latencies[latencies.length - 1] ?? Number.NaN),
    };
  } finally {
    await Promise.allSettled([producer.stop(), consumer.stop()]);
    progress('delivery: stopped');
  }
}
