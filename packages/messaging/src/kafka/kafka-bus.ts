import { Kafka, logLevel, type Admin, type Consumer, type LogEntry, type Producer } from 'kafkajs';
import type { Logger } from '../logger';
import type { ConsumeOptions, MessageBus, TransportMessage } from '../transport';
import { CatchUpTracker, type PartitionStart } from './catch-up';
import { kafkaClientSecurity, type KafkaSecurity } from './kafka-security';
import { decodeHeaders } from './kafka-headers';

export interface KafkaBusOptions {
  clientId: string;
  brokers: string[];
  logger: Logger;
  /** TLS and SASL (plain text without). */
  security?: KafkaSecurity;
  /**
   * Consumers are evicted when no heartbeat arrives within this time; handlers heartbeat while
   * retrying. It also bounds recovery after an outage: a consumer that crashed rejoins as a new
   * member and the group waits this long for the old one.
   */
  sessionTimeoutMs?: number;
  /** How long a consumer waits before trying to join again after it could not start. */
  restartDelayMs?: number;
}

/** kafkajs talks a lot while a broker is down; protocol chatter only, no payloads. */
function kafkaLogCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...fields } = log;
      const text = `kafkajs: ${String(message)}`;
      const safe = { broker: fields['broker'], groupId: fields['groupId'], retryCount: fields['retryCount'] };
      if (level <= logLevel.ERROR) logger.warn(safe, text);
      else if (level === logLevel.WARN) logger.info(safe, text);
    };
}

/**
 * kafkajs adapter. The producer is not idempotent (kafkajs#1005: it can lose messages) and waits for
 * all in-sync replicas; duplicates that retries may cause are removed by consumers (dedup by event id).
 * The message key (the case or intake id) picks the partition, so events of one case stay in order.
 */
export class KafkaBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly consumers: Consumer[] = [];
  private producerReady: Promise<void> | null = null;
  private adminReady: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: KafkaBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      ...kafkaClientSecurity(options.security ?? { tls: false }),
      connectionTimeout: 3000,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(options.logger),
      // Short, bounded backoff: after an outage the clients come back within seconds, not ~30 s.
      retry: { initialRetryTime: 200, maxRetryTime: 2000, retries: 8 },
    });
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false, idempotent: false, maxInFlightRequests: 1 });
    this.admin = this.kafka.admin();
    this.producer.on(this.producer.events.DISCONNECT, () => {
      this.producerReady = null;
    });
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connectProducer();
    const byTopic = new Map<string, TransportMessage[]>();
    for (const message of messages) byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  async consume(options: ConsumeOptions): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: options.group,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      rebalanceTimeout: 15_000,
      heartbeatInterval: 1000,
      allowAutoTopicCreation: false,
      retry: { initialRetryTime: 200, maxRetryTime: 2000, retries: 8, restartOnFailure: async () => !this.stopped },
    });
    this.consumers.push(consumer);
    const catchUp = options.onCaughtUp ? new CatchUpTracker(options.onCaughtUp) : null;
    consumer.on(consumer.events.CRASH, (event) => {
      const { restart, groupId, error } = event.payload;
      this.options.logger.warn({ groupId, restart, errorName: error.name }, 'consumer crashed');
      if (!restart && !this.stopped) this.startConsumer(consumer, options, catchUp);
    });
    this.startConsumer(consumer, options, catchUp);
  }

  async isReachable(): Promise<boolean> {
    const probe = (async () => {
      await this.connectAdmin();
      await this.admin.describeCluster();
      return true;
    })();
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500).unref());
    return Promise.race([probe.catch(() => false), timeout]);
  }

  async stopConsuming(): Promise<void> {
    this.stopped = true;
    // kafkajs's disconnect waits for the message being handled, commits its offset, then leaves the group.
    await Promise.allSettled(this.consumers.map((consumer) => consumer.disconnect()));
  }

  async stop(): Promise<void> {
    await this.stopConsuming();
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
  }

  private connectAdmin(): Promise<void> {
    this.adminReady ??= this.admin.connect().catch((error: unknown) => {
      this.adminReady = null;
      throw error;
    });
    return this.adminReady;
  }

  /** Each partition's high watermark, log start and the group's committed offset, read as the consumer starts. */
  private async partitionStarts(group: string, topics: string[]): Promise<PartitionStart[]> {
    await this.connectAdmin();
    const committed = new Map<string, string>();
    for (const { topic, partitions } of await this.admin.fetchOffsets({ groupId: group, topics })) {
      for (const { partition, offset } of partitions) committed.set(`${topic}/${partition}`, offset);
    }
    const starts: PartitionStart[] = [];
    for (const topic of topics) {
      for (const { partition, high, low } of await this.admin.fetchTopicOffsets(topic)) {
        starts.push({ topic, partition, high, low, committed: committed.get(`${topic}/${partition}`) ?? '-1' });
      }
    }
    return starts;
  }

  private connectProducer(): Promise<void> {
    this.producerReady ??= this.producer.connect().catch((error: unknown) => {
      this.producerReady = null;
      throw error;
    });
    return this.producerReady;
  }

  /** Joins the group in the background and keeps trying, so a service starts even while the broker is down. */
  private startConsumer(consumer: Consumer, options: ConsumeOptions, catchUp: CatchUpTracker | null): void {
    const attempt = async () => {
      if (this.stopped) return;
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: options.topics, fromBeginning: true });
        // Read after subscribing, so whatever is published from here on is not waited for.
        if (catchUp && !catchUp.caughtUp) catchUp.start(await this.partitionStarts(options.group, options.topics));
        await consumer.run({
          partitionsConsumedConcurrently: 3,
          eachMessage: async ({ topic, partition, message, heartbeat }) => {
            await options.onMessage(
              {
                topic,
                partition,
                offset: message.offset,
                key: message.key?.toString() ?? '',
                value: message.value?.toString() ?? '',
                headers: decodeHeaders(message.headers),
              },
              { heartbeat },
            );
            catchUp?.handled(topic, partition, message.offset);
          },
        });
      } catch (error) {
        this.options.logger.warn({ group: options.group, errorName: (error as Error).name }, 'consumer could not start; retrying');
        await consumer.disconnect().catch(() => undefined);
        setTimeout(() => void attempt(), this.options.restartDelayMs ?? 2000).unref();
      }
    };
    void attempt();
  }
}
