import { Kafka, logLevel, type Admin, type Consumer, type LogEntry, type Producer } from 'kafkajs';
import type { Logger } from '../logger';
import type { ConsumeOptions, MessageBus, TransportMessage } from '../transport';
import { CatchUpTracker, type PartitionStart } from './catch-up';
import { kafkaClientSecurity, type KafkaSecurity } from './kafka-security';
import { decodeHeaders } from './kafka-headers';
import { keepMemberAlive } from './member-keep-alive';

export interface KafkaBusOptions {
  clientId: string;
  brokers: string[];
  logger: Logger;
  /** TLS and SASL (plain text without). */
  security?: KafkaSecurity;
  /**
   * Consumers are evicted when no heartbeat arrives within this time (KAFKA_CONSUMER_TIMING's by
   * default). It bounds how long a dead member's partitions wait: a process that crashed sends no
   * LeaveGroup, and the group waits this long for it.
   */
  sessionTimeoutMs?: number;
  /** How long a consumer waits before trying to join again after it could not start. */
  restartDelayMs?: number;
}

/**
 * How the consumers wait for messages and prove they are alive, measured on the mock cluster by
 * infra/bench/src/kafka-timing (20 messages/s from publish to handler; a member killed with SIGKILL
 * until another handles its partition). With kafkajs's 5 s fetch wait and a 10 s session: delivery
 * p50 2.6 s, max 5.0 s, takeover 20 s. With a 250 ms wait: p50 0.13 s, max 0.25-0.45 s, takeover
 * 11-12 s; the figures with these are in bench-results/bench.json (npm run bench).
 */
export const KAFKA_CONSUMER_TIMING = {
  /**
   * How long the broker may hold a fetch that found nothing. A real broker answers as soon as
   * minBytes have arrived, so there this only bounds idle polling (one fetch per wait per broker
   * while nothing comes; kafkajs's default is 5 s, Java's 500 ms): it costs a few small requests a
   * second, and no latency. librdkafka's mock cluster (integration and end-to-end tests, the
   * benchmarks, corredor-kafka-mock in development) holds every empty fetch for the whole wait,
   * even when a message arrives meanwhile (rd_kafka_mock_handle_Fetch), so there it is the delivery
   * latency: 5 s made progress arrive in bursts. kafkajs also heartbeats only after a fetch returns,
   * so the wait adds to an idle member's heartbeat gap and must stay well below the session timeout.
   * 100 ms: intake → case → reporting crosses two hops, and at 100 intakes/s its p99 must stay
   * under 500 ms on the mock (npm run bench); on a real cluster that is ten small idle fetches a
   * second per member, which a broker serves without noticing.
   */
  maxWaitTimeInMs: 100,
  /** A fetch is answered as soon as one message is there: latency over batching, at this platform's volumes. */
  minBytes: 1,
  /**
   * A member that sends no heartbeat for this long is evicted and its partitions go to the others;
   * a killed process is only noticed this way. 6 s is the least a stock broker accepts
   * (group.min.session.timeout.ms), so replacement takes about 6-7 s on a real cluster (the
   * survivors learn of the rebalance at their next heartbeat), twice that on the mock, whose
   * coordinator then waits a session timeout less 1 s for the others to rejoin. The price of a short
   * session: a process that cannot heartbeat for ~5 s (an event loop blocked that long, a GC pause,
   * a network blip, a broker failing over the group's coordinator) is evicted too and the group
   * rebalances (kafkajs's rebalances are eager: every member pauses), and its uncommitted messages
   * are delivered again, which consumers deduplicate by event id. Busy handlers are not a reason to
   * raise it: the member is kept alive while it handles a message (handlingKeepAliveMs). Kafka's own
   * default is 45 s (KIP-735, for clouds' blips); static membership (KIP-345, group.instance.id)
   * would let a restarted process take its partitions back without a rebalance, but kafkajs does
   * not support it (kafkajs#884), nor cooperative rebalancing (KIP-429) or KIP-848's protocol.
   */
  sessionTimeoutMs: 6000,
  /**
   * At most a third of the session, so two heartbeats can be lost before eviction; survivors learn
   * of a rebalance from a heartbeat's answer, so it also bounds how long the group waits for them.
   */
  heartbeatIntervalMs: 1000,
  /**
   * How long the coordinator waits for every member to rejoin during a rebalance; a member rejoins
   * once the message in hand is done, so it covers one message's handling: the event consumer's
   * retries (5 attempts, at most ~3 s of backoff; DEFAULT_RETRY) with attempts bounded by their own
   * I/O timeouts (MongoDB's server selection gives up after 5 s), about 28 s at worst.
   */
  rebalanceTimeoutMs: 30_000,
  /**
   * kafkajs heartbeats only between messages (kafkajs#447): while one is handled the bus heartbeats
   * for it, up to this long (the same bound as the rebalance), after which the handler is taken for
   * stuck and the member let go.
   */
  handlingKeepAliveMs: 30_000,
} as const;

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
  /** The consumers' timing (the session timeout unless a bus sets its own), for benchmarks and operators to read. */
  static readonly consumerTiming = KAFKA_CONSUMER_TIMING;
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
    const timing = KAFKA_CONSUMER_TIMING;
    const consumer = this.kafka.consumer({
      groupId: options.group,
      sessionTimeout: this.options.sessionTimeoutMs ?? timing.sessionTimeoutMs,
      rebalanceTimeout: timing.rebalanceTimeoutMs,
      heartbeatInterval: timing.heartbeatIntervalMs,
      maxWaitTimeInMs: timing.maxWaitTimeInMs,
      minBytes: timing.minBytes,
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
            // Ticks at half the interval: kafkajs sends one heartbeat per interval at most, never late.
            const keepAlive = keepMemberAlive(heartbeat, {
              intervalMs: KAFKA_CONSUMER_TIMING.heartbeatIntervalMs / 2,
              limitMs: KAFKA_CONSUMER_TIMING.handlingKeepAliveMs,
              onLimit: () =>
                this.options.logger.warn({ group: options.group, topic, partition, offset: message.offset }, 'message still in hand after the keep-alive limit; the group will let this member go'),
            });
            try {
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
            } finally {
              keepAlive.stop();
            }
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
