/** A message as it travels: the envelope serialised as JSON, keyed for per-key (per-case) ordering. */
export interface TransportMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface ConsumedMessage extends TransportMessage {
  partition: number;
  offset: string;
}

export interface DeliveryControls {
  /** Tells the broker the consumer is alive; call it during long work (kafkajs only heartbeats between messages). */
  heartbeat(): Promise<void>;
}

export interface ConsumeOptions {
  group: string;
  topics: string[];
  /** Resolves when the message is done; a rejection means "deliver it again". */
  onMessage(message: ConsumedMessage, controls: DeliveryControls): Promise<void>;
  /**
   * Called once, when the group has consumed every message its topics held when it started
   * (at once if they held none): from then on, what it built from them is as current as the topics
   * were then. Meant for a group whose one member reads every partition (a per-process group).
   */
  onCaughtUp?: () => void;
}

export interface MessagePublisher {
  /** Resolves once every message is durably accepted by the broker, in order. */
  publish(messages: TransportMessage[]): Promise<void>;
}

export interface MessageBus extends MessagePublisher {
  consume(options: ConsumeOptions): Promise<void>;
  /** Whether the broker answers now. */
  isReachable(): Promise<boolean>;
  /** Stops consuming: in-flight messages finish and are committed. Publishing still works. */
  stopConsuming(): Promise<void>;
  /** Stops consuming, then disconnects the producer. */
  stop(): Promise<void>;
}

export class BrokerUnavailableError extends Error {
  override readonly name = 'BrokerUnavailableError';
}

export const HEADERS = {
  contentType: 'content-type',
  tenant: 'tenant',
  eventType: 'ce-type',
} as const;
