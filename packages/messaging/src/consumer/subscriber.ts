import type { EventDefinition, EventOf } from '@corredor/contracts';

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

export interface Subscription<D extends EventDefinition = EventDefinition> extends SubscriberConfig<D> {
  handle: EventHandler<D>;
}

export function subscription<D extends EventDefinition>(config: SubscriberConfig<D>, handle: EventHandler<D>): Subscription<D> {
  return { ...config, handle };
}

/** Throw this from a handler when retrying cannot help (the message goes straight to the dead-letter topic). */
export class PermanentHandlerError extends Error {
  override readonly name = 'PermanentHandlerError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
