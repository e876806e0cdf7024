import { Kafka, logLevel, type Admin, type Consumer } from 'kafkajs';
import { errorFields, type Logger } from '../logger';
import type { ConsumedMessage } from '../transport';
import { kafkaClientSecurity, type KafkaSecurity } from './kafka-security';
import { decodeHeaders } from './kafka-headers';

/** Where one partition's log stands: the first offset it still holds, and the offset its next message will get. */
export interface LogRange {
  topic: string;
  partition: number;
  start: number;
  end: number;
}

export interface LogReadOptions {
  /** A group of the reading's own (one per reading): it starts at the beginning of every partition. */
  group: string;
  topics: string[];
  /**
   * The messages of one partition fetched together, in offset order; the partition's next batch
   * waits until this one resolves (other partitions may be handled meanwhile). A rejection stops the reading.
   */
  onBatch(messages: ConsumedMessage[]): Promise<void>;
  /** The reading stopped on an error: onBatch rejected, or the consumer could not go on. */
  onFailure(error: unknown): void;
}

export interface LogReading {
  /** Stops reading: the batch in hand finishes first. */
  stop(): Promise<void>;
}

export interface KafkaLogReaderOptions {
  clientId: string;
  brokers: string[];
  logger: Logger;
  security?: KafkaSecurity;
  /** Partitions handled at once (default 3). */
  partitionsConsumedConcurrently?: number;
}

/**
 * Reads topics from the start of their logs, outside the services' consumer groups: what a read
 * model's rebuild replays (reporting's projection). Each reading joins a group of its own and goes
 * on with new messages until it is stopped; `ranges` tells how far the logs go, for progress and
 * for knowing when a reading has caught up.
 */
export class KafkaLogReader {
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private adminReady: Promise<void> | null = null;
  private readonly readings = new Set<Consumer>();

  constructor(private readonly options: KafkaLogReaderOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      ...kafkaClientSecurity(options.security ?? { tls: false }),
      connectionTimeout: 3000,
      logLevel: logLevel.ERROR,
      // Protocol chatter only, never a payload.
      logCreator: () => (entry) => options.logger.warn({ broker: entry.log['broker'], groupId: entry.log['groupId'] }, `kafkajs: ${String(entry.log.message)}`),
      retry: { initialRetryTime: 200, maxRetryTime: 2000, retries: 8 },
    });
    this.admin = this.kafka.admin();
  }

  async ranges(topics: readonly string[]): Promise<LogRange[]> {
    this.adminReady ??= this.admin.connect().catch((error: unknown) => {
      this.adminReady = null;
      throw error;
    });
    await this.adminReady;
    const ranges: LogRange[] = [];
    for (const topic of topics) {
      for (const { partition, low, high } of await this.admin.fetchTopicOffsets(topic)) ranges.push({ topic, partition, start: Number(low), end: Number(high) });
    }
    return ranges;
  }

  async read(options: LogReadOptions): Promise<LogReading> {
    const consumer = this.kafka.consumer({ groupId: options.group, sessionTimeout: 30_000, heartbeatInterval: 3000, allowAutoTopicCreation: false });
    this.readings.add(consumer);
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      this.options.logger.warn({ group: options.group, ...errorFields(error) }, 'log reading stopped on an error');
      options.onFailure(error);
    };
    consumer.on(consumer.events.CRASH, (event) => {
      if (!event.payload.restart) fail(event.payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (failed || !isRunning() || isStale() || batch.messages.length === 0) return;
        const messages = batch.messages.map((message) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: message.offset,
          key: message.key?.toString() ?? '',
          value: message.value?.toString() ?? '',
          headers: decodeHeaders(message.headers),
        }));
        try {
          await options.onBatch(messages);
        } catch (error) {
          // Not resolved, and no more batches: the reading is over (its owner decides what next).
          fail(error);
          return;
        }
        resolveOffset(batch.lastOffset());
        await heartbeat();
      },
    });
    return {
      stop: async () => {
        this.readings.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  /** Stops every reading and disconnects. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.readings].map((consumer) => consumer.disconnect()));
    this.readings.clear();
    if (this.adminReady) await this.admin.disconnect().catch(() => undefined);
    this.adminReady = null;
  }
}
