import type { EventDefinition, EventEnvelope, EventOf } from '@corredor/contracts';

export interface HandlerContext {
  /** 1 on first delivery, then 2, 3... while retrying. */
  attempt: number;
  heartbeat(): Promise<void>;
}

export type EventHandler<D extends EventDefinition> = (event: EventOf<D>, context: HandlerContext) => Promise<void>;

/** One subscriber file exports its config (event and consumer group) and a handler factory. */
export interface SubscriberConfig<D extends EventDefinition = EventDefinition> {
  /** Consumer group: `<service>.<what it does>`; each subscriber is its own group. */
  group: string;
  event: D;
}

/** A subscriber ready to run: one consumer group on one topic, handling the listed event types. */
export interface Subscription {
  group: string;
  topic: string;
  types: readonly string[];
  /** Called only with events the consumer validated as one of `types`. */
  handle(event: EventEnvelope, context: HandlerContext): Promise<void>;
}

export interface TypedHandler {
  event: EventDefinition;
  handle(event: EventEnvelope, context: HandlerContext): Promise<void>;
}

/** Pairs an event with its handler, for subscriptions that handle several event types. */
export function on<D extends EventDefinition>(event: D, handle: EventHandler<D>): TypedHandler {
  // Sound because the consumer only calls this with an event its registry parsed as `event`.
  return { event, handle: (envelope, context) => handle(envelope as EventOf<D>, context) };
}

export function subscription<D extends EventDefinition>(config: SubscriberConfig<D>, handle: EventHandler<D>): Subscription {
  return orderedSubscription(config.group, [on(config.event, handle)]);
}

/**
 * One consumer group handling several event types of one topic. Kafka keeps order per key within
 * a group only: events whose relative order matters (a case's opening and closing) must be
 * handled by the same subscription.
 */
export function orderedSubscription(group: string, handlers: readonly TypedHandler[]): Subscription {
  const first = handlers[0];
  if (!first) throw new Error(`subscription ${group} handles no event`);
  if (handlers.some((h) => h.event.topic !== first.event.topic)) throw new Error(`subscription ${group} spans topics: order would not hold`);
  const byType = new Map(handlers.map((h) => [h.event.type, h]));
  return {
    group,
    topic: first.event.topic,
    types: [...byType.keys()],
    handle: async (event, context) => {
      await byType.get(event.type)?.handle(event, context);
    },
  };
}

/** Throw this from a handler when retrying cannot help (the message goes straight to the dead-letter topic). */
export class PermanentHandlerError extends Error {
  override readonly name = 'PermanentHandlerError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
