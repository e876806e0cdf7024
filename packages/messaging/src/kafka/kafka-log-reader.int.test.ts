import { TOPIC_PARTITIONS, TOPICS } from '@corredor/contracts';
import { startMockKafka, type MockKafka } from '@corredor/kafka-mock';
import { silentLogger } from '../logger';
import { eventually } from '../test-fixtures';
import type { ConsumedMessage } from '../transport';
import { KafkaBus } from './kafka-bus';
import { KafkaLogReader } from './kafka-log-reader';

jest.setTimeout(90_000);

describe('reading topics from the beginning of their logs (mock cluster, real Kafka protocol)', () => {
  let kafka: MockKafka;
  let producer: KafkaBus;
  let reader: KafkaLogReader;

  beforeEach(async () => {
    kafka = await startMockKafka({ brokers: 1, topics: TOPIC_PARTITIONS });
    const brokers = kafka.bootstrapServers.split(',');
    producer = new KafkaBus({ clientId: 'int-producer', brokers, logger: silentLogger });
    reader = new KafkaLogReader({ clientId: 'int-reader', brokers, logger: silentLogger });
  });
  afterEach(async () => {
    await reader.close();
    await producer.stop();
    await kafka.stop();
  });

  const publish = (topic: string, keys: string[], label: string) => producer.publish(keys.map((key, i) => ({ topic, key, value: `${label}-${key}-${i}`, headers: { tenant: 'tijuana' } })));

  it('tells how far each log goes, reads everything from its start in partition order, goes on with new messages, and starts over in a new group', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'a', 'b', 'a'];
    await publish(TOPICS.caseEvents, keys, 'case');
    await publish(TOPICS.consentEvents, ['p', 'q'], 'consent');

    const ranges = await reader.ranges([TOPICS.caseEvents, TOPICS.consentEvents]);
    expect(ranges).toHaveLength(TOPIC_PARTITIONS[TOPICS.caseEvents] + TOPIC_PARTITIONS[TOPICS.consentEvents]);
    expect(ranges.every((range) => range.start === 0)).toBe(true);
    expect(ranges.filter((r) => r.topic === TOPICS.caseEvents).reduce((sum, r) => sum + r.end, 0)).toBe(keys.length);

    const read: ConsumedMessage[] = [];
    const failures: unknown[] = [];
    const reading = await reader.read({
      group: 'int.replay-1',
      topics: [TOPICS.caseEvents, TOPICS.consentEvents],
      onBatch: async (batch) => {
        expect(new Set(batch.map((m) => `${m.topic}/${m.partition}`)).size).toBe(1);
        read.push(...batch);
      },
      onFailure: (error) => void failures.push(error),
    });
    await eventually(() => expect(read).toHaveLength(10), 30_000);
    // Per partition, in offset order, and each message where `ranges` said it would be.
    for (const range of ranges) {
      const offsets = read.filter((m) => m.topic === range.topic && m.partition === range.partition).map((m) => Number(m.offset));
      expect(offsets).toEqual(Array.from({ length: range.end - range.start }, (_, i) => range.start + i));
    }
    expect(read.filter((m) => m.key === 'a').map((m) => m.value)).toEqual(['case-a-0', 'case-a-5', 'case-a-7']);
    expect(read[0]?.headers).toEqual({ tenant: 'tijuana' });

    await publish(TOPICS.caseEvents, ['z'], 'late');
    await eventually(() => expect(read.map((m) => m.value)).toContain('late-z-0'), 30_000);
    await reading.stop();

    // Another reading starts at the beginning again.
    const again: ConsumedMessage[] = [];
    const second = await reader.read({ group: 'int.replay-2', topics: [TOPICS.caseEvents], onBatch: async (batch) => void again.push(...batch), onFailure: () => {} });
    await eventually(() => expect(again).toHaveLength(9), 30_000);
    await second.stop();
    expect(failures).toEqual([]);
  });

  it('stops handing out batches once one was refused, and says why', async () => {
    await publish(TOPICS.caseEvents, ['a', 'a', 'a'], 'case');
    const failures: unknown[] = [];
    let batches = 0;
    const reading = await reader.read({
      group: 'int.replay-failing',
      topics: [TOPICS.caseEvents],
      onBatch: async () => {
        batches += 1;
        throw new Error('store down');
      },
      onFailure: (error) => void failures.push(error),
    });
    await eventually(() => expect(failures).toHaveLength(1), 30_000);
    await publish(TOPICS.caseEvents, ['a'], 'more');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(batches).toBe(1);
    await reading.stop();
  });
});
