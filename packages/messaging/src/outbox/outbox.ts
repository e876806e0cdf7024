import { CLOUDEVENTS_CONTENT_TYPE, type EventDefinition, type EventEnvelope } from '@corredor/contracts';
import { sealEventData, type EventSealer } from '../sealing/sealed-events';
import { currentTraceHeaders } from '../trace-context';
import { HEADERS, type TransportMessage } from '../transport';

/** An event saved in the same transaction as the state change that caused it, waiting to be published. */
export interface OutboxRecord {
  /** The event id. */
  id: string;
  tenant: string;
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
  /** Monotonic within a process: records are published in this order. */
  position: number;
  createdAt: Date;
}

export interface OutboxStore {
  /** Records waiting to be published, oldest first. */
  pending(limit: number): Promise<OutboxRecord[]>;
  /** Published records leave the outbox: it keeps no copy of personal data once it is out. */
  removePublished(ids: string[]): Promise<void>;
  countPending(): Promise<number>;
}

let lastPosition = 0;
function nextPosition(at: Date): number {
  lastPosition = Math.max(lastPosition + 1, at.getTime() * 1000);
  return lastPosition;
}

/**
 * Prepares an event for the outbox; one that carries personal data is sealed under its centre's
 * data key first, so it rests and travels as ciphertext. The trace context of the request is captured now, so the relay
 * that publishes later continues the same trace.
 */
export function toOutboxRecord(definition: EventDefinition, event: EventEnvelope, key: string, at: Date, sealer?: EventSealer): OutboxRecord {
  if (definition.carriesPersonalData && !sealer) throw new Error(`${definition.type} carries personal data: seal it (pass the service's keys)`);
  return {
    id: event.id,
    tenant: event.tenantid,
    topic: definition.topic,
    key,
    value: JSON.stringify(definition.carriesPersonalData && sealer ? sealEventData(event, sealer) : event),
    headers: {
      ...currentTraceHeaders(),
      [HEADERS.contentType]: CLOUDEVENTS_CONTENT_TYPE,
      [HEADERS.tenant]: event.tenantid,
      [HEADERS.eventType]: event.type,
    },
    position: nextPosition(at),
    createdAt: at,
  };
}

export function toTransportMessage(record: OutboxRecord): TransportMessage {
  return { topic: record.topic, key: record.key, value: record.value, headers: record.headers };
}
