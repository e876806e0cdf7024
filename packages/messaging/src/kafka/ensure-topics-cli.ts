#!/usr/bin/env node
import { COMPACTED_TOPICS, KEPT_FOREVER_TOPICS, TOPIC_PARTITIONS } from '@corredor/contracts';
import { z } from 'zod';
import { kafkaSecurityEnvSchema, kafkaSecurityFromEnv, kafkaSecurityIssues } from './kafka-security';
import { ensureTopics, kafkaTopicAdmin } from './kafka-topics';

/**
 * Creates the platform's Kafka topics (packages/contracts/src/topics.ts, the one place that lists
 * them) where they are missing: `KAFKA_BROKERS=kafka:9092 node dist/kafka/ensure-topics-cli.js`.
 * docker compose runs it once before the services start. Exits 1 when the cluster cannot be reached
 * or refuses a topic.
 */
async function main(): Promise<number> {
  const env = kafkaSecurityEnvSchema.extend({ KAFKA_BROKERS: z.string().min(1), NODE_ENV: z.string().optional() }).safeParse(process.env);
  if (!env.success) {
    const names = env.error.issues.map((issue) => issue.path.join('.')).join(', ');
    process.stderr.write(`kafka-topics: check ${names} (KAFKA_BROKERS: comma-separated bootstrap servers)\n`);
    return 2;
  }
  const issues = kafkaSecurityIssues(env.data, env.data.NODE_ENV === 'production');
  if (issues.length > 0) {
    process.stderr.write(`kafka-topics: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}\n`);
    return 2;
  }
  const admin = kafkaTopicAdmin(
    env.data.KAFKA_BROKERS.split(',').map((broker) => broker.trim()),
    kafkaSecurityFromEnv(env.data),
  );
  try {
    const plan = await ensureTopics(admin, TOPIC_PARTITIONS, COMPACTED_TOPICS, KEPT_FOREVER_TOPICS);
    for (const { topic, partitions, compacted } of plan.create) {
      process.stdout.write(`created ${topic} (${partitions} partitions${compacted ? ', compacted' : ''})\n`);
    }
    for (const { topic, partitions } of plan.present) process.stdout.write(`present ${topic} (${partitions} partitions)\n`);
    for (const { topic, declared, actual } of plan.mismatched) {
      process.stdout.write(
        `WARNING ${topic} has ${actual} partitions where the contracts declare ${declared}; left as it is (changing it reorders keys)\n`,
      );
    }
    return 0;
  } catch (error) {
    process.stderr.write(`kafka-topics: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return 1;
  } finally {
    await admin.close().catch(() => undefined);
  }
}

void main().then((code) => {
  process.exitCode = code;
});
