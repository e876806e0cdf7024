import { randomUUID } from 'node:crypto';
import { KafkaLogReader, silentLogger, type ConsumedMessage } from '@corredor/messaging';

/** A topic as a reader outside the services sees it: every message from the start of its log, as they arrive. */
export interface TopicLog {
  messages(): readonly ConsumedMessage[];
  stop(): Promise<void>;
}

/**
 * Reads a topic from the beginning in a consumer group of its own (no service's offsets move), as a
 * network hub mirroring it would: what the test asserts about the topic is what left the services.
 */
export async function readTopic(bootstrapServers: string, topic: string): Promise<TopicLog> {
  const reader = new KafkaLogReader({ clientId: 'e2e-topic-log', brokers: bootstrapServers.split(','), logger: silentLogger });
  const received: ConsumedMessage[] = [];
  let failure: unknown;
  const reading = await reader.read({
    group: `e2e-topic-log-${randomUUID()}`,
    topics: [topic],
    onBatch: async (messages) => {
      received.push(...messages);
    },
    onFailure: (error) => {
      failure = error;
    },
  });
  return {
    messages: () => {
      if (failure !== undefined) throw new Error(`reading ${topic} failed: ${String(failure)}`);
      return received;
    },
    stop: async () => {
      await reading.stop();
      await reader.close();
    },
  };
}
