import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { TOPICS, type EventEnvelope, type EventRegistry } from '@corredor/contracts';
import { backOff } from 'exponential-backoff';
import { errorFields, type Logger } from '../logger';
import { contextFromHeaders } from '../trace-context';
import { HEADERS, type ConsumedMessage, type DeliveryControls, type MessageBus } from '../transport';
import type { ProcessedEvents } from './processed-events';
import { openEventData, type EventSealer } from '../sealing/sealed-events';
import { PermanentHandlerError, type Subscription } from './subscriber';

export interface RetryPolicy {
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * At most about 3 s of waiting in all (200 + 400 + 800 + 1600 ms, full jitter), heartbeating between
 * attempts. With attempts bounded by their own I/O timeouts (MongoDB gives up selecting a server
 * after 5 s), one message's whole run stays under the 30 s the Kafka bus keeps a member alive for
 * it and waits for it in a rebalance (KAFKA_CONSUMER_TIMING), whatever the session timeout.
 */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 3000 };

export interface EventConsumerDeps {
  bus: MessageBus;
  registry: EventRegistry;
  processed: ProcessedEvents;
  logger: Logger;
  clock?: () => Date;
  retry?: RetryPolicy;
  deadLetterTopic?: string;
  /** Opens events whose data was sealed under a centre's data key; without it such events are dead-lettered. */
  sealer?: EventSealer;
}

export type DeadLetterCode =
  | 'MESSAGE.MALFORMED_JSON'
  | 'MESSAGE.INVALID_ENVELOPE'
  | 'MESSAGE.UNKNOWN_EVENT'
  | 'MESSAGE.INVALID_DATA'
  | 'MESSAGE.TENANT_MISMATCH'
  | 'MESSAGE.UNREADABLE'
  | 'HANDLER.FAILED';

export const DEAD_LETTER_HEADERS = {
  code: 'dlq-code',
  reason: 'dlq-reason',
  group: 'dlq-group',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  at: 'dlq-failed-at',
} as const;

const tracer = trace.getTracer('@corredor/messaging');

/** Validation messages quote what was sent (an unknown key's name): keep their shape, not the text. */
export function withoutQuotedText(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"');
}

/**
 * Runs one subscription: every message is validated against its contract (invalid ones are
 * dead-lettered with the reason), upcast, de-duplicated by event id, and handled with bounded
 * retries; a handler that keeps failing is dead-lettered too, so the partition never sticks.
 */
export interface SubscriptionOptions {
  /** Called once the group has handled every message its topic held when it started (see ConsumeOptions). */
  onCaughtUp?: () => void;
}

export async function startSubscription(deps: EventConsumerDeps, sub: Subscription, options: SubscriptionOptions = {}): Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  const retry = deps.retry ?? DEFAULT_RETRY;
  const deadLetterTopic = deps.deadLetterTopic ?? TOPICS.deadLetter;
  const log = deps.logger;

  const deadLetter = async (message: ConsumedMessage, code: DeadLetterCode, rawReason: string) => {
    const reason = withoutQuotedText(rawReason);
    log.warn({ group: sub.group, topic: message.topic, partition: message.partition, offset: message.offset, code, reason }, 'message dead-lettered');
    await deps.bus.publish([
      {
        topic: deadLetterTopic,
        key: message.key,
        // A message that broke its contract may hold anything, personal data in clear included: the
        // record points at it (topic, partition, offset) instead of copying it. A valid event whose
        // handler failed is kept whole, for replay: its personal data travels sealed.
        value: code === 'HANDLER.FAILED' ? message.value : '',
        headers: {
          ...message.headers,
          [DEAD_LETTER_HEADERS.code]: code,
          [DEAD_LETTER_HEADERS.reason]: reason.slice(0, 1000),
          [DEAD_LETTER_HEADERS.group]: sub.group,
          [DEAD_LETTER_HEADERS.topic]: message.topic,
          [DEAD_LETTER_HEADERS.partition]: String(message.partition),
          [DEAD_LETTER_HEADERS.offset]: message.offset,
          [DEAD_LETTER_HEADERS.at]: clock().toISOString(),
        },
      },
    ]);
  };

  const handleEvent = async (message: ConsumedMessage, event: EventEnvelope, controls: DeliveryControls) => {
    if (await deps.processed.has(sub.group, event.id)) {
      log.debug({ group: sub.group, eventId: event.id }, 'duplicate event skipped');
      return;
    }
    let attempt = 0;
    try {
      await backOff(
        () => {
          attempt += 1;
          return sub.handle(event, { attempt, heartbeat: controls.heartbeat });
        },
        {
          numOfAttempts: retry.maxAttempts,
          startingDelay: retry.initialDelayMs,
          maxDelay: retry.maxDelayMs,
          jitter: 'full',
          retry: async (error: unknown, attemptNumber: number) => {
            log.warn({ group: sub.group, eventId: event.id, attempt: attemptNumber, ...errorFields(error) }, 'handler failed; retrying');
            await controls.heartbeat();
            return !(error instanceof PermanentHandlerError);
          },
        },
      );
    } catch (error) {
      const { errorName, errorCode } = errorFields(error);
      await deadLetter(message, 'HANDLER.FAILED', `${errorCode ?? errorName} after ${attempt} attempt(s)`);
      return;
    }
    await deps.processed.add(sub.group, event.id, clock());
    log.debug({ group: sub.group, eventId: event.id, type: event.type, attempts: attempt }, 'event handled');
  };

  const onMessage = async (message: ConsumedMessage, controls: DeliveryControls) => {
    let raw: unknown;
    try {
      raw = JSON.parse(message.value);
    } catch {
      return deadLetter(message, 'MESSAGE.MALFORMED_JSON', 'the message value is not JSON');
    }
    // Other event types share the topic (some perhaps newer than this code): each group judges
    // only the types it handles. Unknown versions of its own types are dead-lettered, for replay.
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type === 'string' && !sub.types.includes(type)) return;
    const opened = openEventData(raw, deps.sealer);
    if (opened.kind === 'unreadable') return deadLetter(message, 'MESSAGE.UNREADABLE', opened.reason);
    if (opened.kind === 'destroyed') {
      // Crypto-shredded: nothing of the event can ever be read again, so there is nothing to retry.
      log.info({ group: sub.group, topic: message.topic, partition: message.partition, offset: message.offset }, 'event of a destroyed data key skipped');
      return;
    }
    const parsed = deps.registry.parse(opened.raw);
    if (!parsed.ok) return deadLetter(message, parsed.code, parsed.reason);
    const event = parsed.event;
    const tenantHeader = message.headers[HEADERS.tenant];
    if (tenantHeader !== undefined && tenantHeader !== event.tenantid) {
      return deadLetter(message, 'MESSAGE.TENANT_MISMATCH', 'the tenant header and the envelope disagree');
    }
    const parent = contextFromHeaders(message.headers);
    await context.with(parent, () =>
      tracer.startActiveSpan(
        `${event.type} process`,
        {
          kind: SpanKind.CONSUMER,
          attributes: {
            'messaging.system': 'kafka',
            'messaging.operation.type': 'process',
            'messaging.destination.name': message.topic,
            'messaging.consumer.group.name': sub.group,
            'messaging.message.id': event.id,
            'corredor.tenant': event.tenantid,
          },
        },
        async (span) => {
          try {
            await handleEvent(message, event, controls);
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: errorFields(error).errorName });
            throw error;
          } finally {
            span.end();
          }
        },
      ),
    );
  };

  await deps.bus.consume({ group: sub.group, topics: [sub.topic], onMessage, ...(options.onCaughtUp ? { onCaughtUp: options.onCaughtUp } : {}) });
}
