import { Kafka, logLevel } from 'kafkajs';
import { kafkaClientSecurity, type KafkaSecurity } from './kafka-security';
import { planTopics, type TopicPlan, type TopicToCreate } from './topic-plan';

/** The two things topic set-up asks of a cluster; kafkajs's admin client below, a fake in tests. */
export interface TopicAdmin {
  /** Every topic of the cluster with its partition count. */
  partitionCounts(): Promise<Map<string, number>>;
  /** Creates the topics with the broker's default replication factor and waits for their leaders. */
  createTopics(topics: TopicToCreate[]): Promise<void>;
}

/**
 * Creates the declared topics the cluster lacks, the `compacted` ones with `cleanup.policy=compact`
 * and the `keptForever` ones with `retention.ms=-1`; idempotent, so it runs at every start-up. An
 * existing topic's configuration is left as it is (an operator changes it with the broker's tools).
 */
export async function ensureTopics(
  admin: TopicAdmin,
  declared: Record<string, number>,
  compacted: ReadonlySet<string> = new Set(),
  keptForever: ReadonlySet<string> = new Set(),
): Promise<TopicPlan> {
  const plan = planTopics(declared, await admin.partitionCounts(), compacted, keptForever);
  if (plan.create.length > 0) await admin.createTopics(plan.create);
  return plan;
}

/** kafkajs's admin client as a TopicAdmin; `close` disconnects it. */
export function kafkaTopicAdmin(brokers: string[], security: KafkaSecurity = { tls: false }): TopicAdmin & { close(): Promise<void> } {
  const kafka = new Kafka({
    clientId: 'corredor-topics',
    brokers,
    ...kafkaClientSecurity(security),
    logLevel: logLevel.ERROR,
    // A broker that is still starting gets about a minute before the set-up gives up.
    retry: { initialRetryTime: 500, maxRetryTime: 5000, retries: 15 },
  });
  const admin = kafka.admin();
  let connected: Promise<void> | null = null;
  const connect = () => (connected ??= admin.connect());
  return {
    async partitionCounts() {
      await connect();
      const { topics } = await admin.fetchTopicMetadata();
      return new Map(topics.map((t) => [t.name, t.partitions.length]));
    },
    async createTopics(topics) {
      await connect();
      await admin.createTopics({
        waitForLeaders: true,
        topics: topics.map(({ topic, partitions, compacted, keptForever }) => ({
          topic,
          numPartitions: partitions,
          replicationFactor: -1,
          configEntries: [
            ...(compacted ? [{ name: 'cleanup.policy', value: 'compact' }] : []),
            ...(keptForever ? [{ name: 'retention.ms', value: '-1' }, { name: 'retention.bytes', value: '-1' }] : []),
          ],
        })),
      });
    },
    async close() {
      if (connected) await admin.disconnect();
    },
  };
}
