import { TOPIC_PARTITIONS } from '@corredor/contracts';
import { startMockKafka, type MockKafka } from '@corredor/kafka-mock';
import { ensureTopics, kafkaTopicAdmin } from './kafka-topics';

jest.setTimeout(60_000);

// librdkafka's mock cluster has no CreateTopics, so creation is covered by the unit tests with a
// fake admin; here the kafkajs client reads a real cluster's topics and finds nothing to create.
describe('topic set-up against the mock cluster (real Kafka protocol)', () => {
  let kafka: MockKafka;
  beforeAll(async () => {
    kafka = await startMockKafka({ brokers: 1, topics: { ...TOPIC_PARTITIONS, 'other.topic': 2 } });
  });
  afterAll(() => kafka.stop());

  it('reads every topic with its partition count, and creates nothing when all exist', async () => {
    const admin = kafkaTopicAdmin(kafka.bootstrapServers.split(','));
    try {
      const counts = await admin.partitionCounts();
      expect(Object.fromEntries(counts)).toEqual({ ...TOPIC_PARTITIONS, 'other.topic': 2 });
      const plan = await ensureTopics(admin, TOPIC_PARTITIONS);
      expect(plan.create).toEqual([]);
      expect(plan.mismatched).toEqual([]);
    } finally {
      await admin.close();
    }
  });
});
