import { caseOpenedV1, eventRegistry, TOPIC_PARTITIONS, TOPICS, type EventOf } from '@corredor/contracts';
import { startMockKafka, type MockKafka } from '@corredor/kafka-mock';
import { silentLogger } from '../logger';
import { ArrayOutbox, ArrayProcessedEvents, caseOpenedRecord, eventually } from '../test-fixtures';
import { startSubscription, DEAD_LETTER_HEADERS } from '../consumer/event-consumer';
import { subscription } from '../consumer/subscriber';
import { OutboxRelay } from '../outbox/outbox-relay';
import { KafkaBus } from './kafka-bus';
import type { ConsumedMessage } from '../transport';

jest.setTimeout(90_000);

describe('kafka bus against the mock cluster (real Kafka protocol)', () => {
  let kafka: MockKafka;
  const buses: KafkaBus[] = [];
  const newBus = () => {
    const bus = new KafkaBus({ clientId: 'int-test', brokers: kafka.bootstrapServers.split(','), logger: silentLogger, restartDelayMs: 500 });
    buses.push(bus);
    return bus;
  };

  // A cluster per test: consumer groups read from the beginning, so topics must start empty.
  beforeEach(async () => {
    kafka = await startMockKafka({ brokers: 1, topics: TOPIC_PARTITIONS });
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.stop()));
    await kafka.stop();
  });

  it('delivers events to a consumer group with per-key order, dead-letters the invalid, and answers readiness', async () => {
    const producer = newBus();
    const consumer = newBus();
    expect(await producer.isReachable()).toBe(true);
    const handled: EventOf<typeof caseOpenedV1>[] = [];
    await startSubscription(
      { bus: consumer, registry: eventRegistry, processed: new ArrayProcessedEvents(), logger: silentLogger },
      subscription({ group: 'int.ordering', event: caseOpenedV1 }, async (event) => void handled.push(event)),
    );
    const dead: ConsumedMessage[] = [];
    await consumer.consume({ group: 'int.dead-letters', topics: [TOPICS.deadLetter], onMessage: async (m) => void dead.push(m) });

    const caseA = '11111111-1111-4111-8111-111111111111';
    const caseB = '22222222-2222-4222-8222-222222222222';
    const records = [caseA, caseB, caseA, caseB, caseA].map((id) => caseOpenedRecord({}, id));
    await producer.publish(records.map((r) => ({ topic: r.topic, key: r.key, value: r.value, headers: r.headers })));
    await producer.publish([{ topic: TOPICS.caseEvents, key: caseA, value: '{"not":"an event"}', headers: {} }]);

    await eventually(() => expect(handled).toHaveLength(5), 30_000);
    const order = (caseId: string) => handled.filter((e) => e.data.caseId === caseId).map((e) => e.id);
    expect(order(caseA)).toEqual(records.filter((r) => r.key === caseA).map((r) => r.id));
    expect(order(caseB)).toEqual(records.filter((r) => r.key === caseB).map((r) => r.id));
    expect(handled[0]?.tenantid).toBe('tijuana');

    await eventually(() => expect(dead).toHaveLength(1), 30_000);
    expect(dead[0]?.headers[DEAD_LETTER_HEADERS.code]).toBe('MESSAGE.INVALID_ENVELOPE');
    expect(dead[0]?.key).toBe(caseA);
  });

  it('rides out a broker outage: the outbox keeps events and they arrive once it is back', async () => {
    const producer = newBus();
    const consumer = newBus();
    const handled = new Map<string, number>();
    await startSubscription(
      { bus: consumer, registry: eventRegistry, processed: new ArrayProcessedEvents(), logger: silentLogger },
      subscription({ group: 'int.outage', event: caseOpenedV1 }, async (event) => void handled.set(event.id, (handled.get(event.id) ?? 0) + 1)),
    );
    const outbox = new ArrayOutbox();
    const relay = new OutboxRelay({ store: outbox, publisher: producer, logger: silentLogger, pollIntervalMs: 100, maxBackoffMs: 1000 });
    relay.start();
    outbox.records.push(caseOpenedRecord());
    relay.notify();
    await eventually(() => expect(handled.size).toBe(1), 30_000);

    await kafka.setDown();
    await eventually(async () => expect(await producer.isReachable()).toBe(false), 10_000);
    for (let i = 0; i < 4; i++) outbox.records.push(caseOpenedRecord());
    relay.notify();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await outbox.countPending()).toBe(4);

    expect(handled.size).toBe(1);
    const upAt = Date.now();
    await kafka.setUp();
    await eventually(() => expect(handled.size).toBe(5), 60_000);
    // eslint-disable-next-line no-console
    console.info(`outage recovery: all events consumed ${Date.now() - upAt} ms after the broker came back`);
    expect([...handled.values()].every((count) => count === 1)).toBe(true);
    await relay.stop();
  });

  it('keeps a member busy with one message for longer than the session timeout in its group: the message is handled once', async () => {
    const producer = newBus();
    const consumer = newBus();
    const handled: string[] = [];
    let slowDone = false;
    await consumer.consume({
      group: 'int.busy-member',
      topics: [TOPICS.caseEvents],
      onMessage: async (m) => {
        handled.push(m.value);
        // Busy past the session timeout without a heartbeat of its own (kafkajs sends none between messages).
        if (m.value === 'slow' && !slowDone) await new Promise((resolve) => setTimeout(resolve, KafkaBus.consumerTiming.sessionTimeoutMs + 3000));
        if (m.value === 'slow') slowDone = true;
      },
    });
    await producer.publish([{ topic: TOPICS.caseEvents, key: 'a', value: 'slow', headers: {} }]);
    await eventually(() => expect(slowDone).toBe(true), 30_000);
    await producer.publish([{ topic: TOPICS.caseEvents, key: 'a', value: 'after', headers: {} }]);
    await eventually(() => expect(handled).toContain('after'), 30_000);
    // Evicted, it would have rejoined as a new member and been handed 'slow' again (its offset was never committed).
    expect(handled).toEqual(['slow', 'after']);
  });

  it('tells a consumer when it has read what its topics held when it started, and not before', async () => {
    const producer = newBus();
    const consumer = newBus();
    // Three partitions, two messages: at least one partition is empty and must not be waited for.
    const early = ['a', 'b'].map((key) => ({ topic: TOPICS.caseEvents, key, value: `early-${key}`, headers: {} }));
    await producer.publish(early);
    const handled: string[] = [];
    let handledWhenCaughtUp: string[] | null = null;
    let releaseLate: () => void = () => {};
    const late = new Promise<void>((resolve) => (releaseLate = resolve));
    await consumer.consume({
      group: 'int.catch-up',
      topics: [TOPICS.caseEvents],
      onMessage: async (m) => {
        if (m.value === 'late') await late;
        handled.push(m.value);
      },
      onCaughtUp: () => void (handledWhenCaughtUp = [...handled]),
    });
    await eventually(() => expect(handledWhenCaughtUp).not.toBeNull(), 30_000);
    expect([...(handledWhenCaughtUp ?? [])].sort()).toEqual(['early-a', 'early-b']);

    await producer.publish([{ topic: TOPICS.caseEvents, key: 'a', value: 'late', headers: {} }]);
    releaseLate();
    await eventually(() => expect(handled).toContain('late'), 30_000);

    let emptyCaughtUp = false;
    await consumer.consume({ group: 'int.catch-up-empty', topics: [TOPICS.centreEvents], onMessage: async () => {}, onCaughtUp: () => void (emptyCaughtUp = true) });
    await eventually(() => expect(emptyCaughtUp).toBe(true), 30_000);
  });
});
