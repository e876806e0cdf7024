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

/** A subscriber ready to run; its handler takes the event once the consumer has validated it against `event`. */
export interface Subscription extends SubscriberConfig {
  handle(event: EventEnvelope, context: HandlerContext): Promise<void>;
}

export function subscription<D extends EventDefinition>(config: SubscriberConfig<D>, handle: EventHandler<D>): Subscription {
  // Sound because the consumer only calls this with an event its registry parsed as `config.event`.
  return { group: config.group, event: config.event, handle: (event, context) => handle(event as EventOf<D>, context) };
}

/** Throw this from a handler when retrying cannot help (the message goes straight to the dead-letter topic). */
export class PermanentHandlerError extends Error {
  override readonly name = 'PermanentHandlerError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
