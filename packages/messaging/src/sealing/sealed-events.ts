import { DATA_ENCRYPTION, DomainError, type EventEnvelope } from '@corredor/contracts';

/**
 * Seals and opens values under a centre's data key (the service kit's CentreKeys is one). Events
 * that carry personal data are sealed before they reach the outbox, so the outbox, Kafka's
 * retention and replicas, and the dead-letter topic hold only ciphertext, and destroying the
 * centre's key shreds those copies too.
 */
export interface EventSealer {
  seal(centre: string, context: string, value: unknown): string;
  open(centre: string, context: string, sealed: string): unknown;
}

/** The code the key keeper throws for a centre whose data key was destroyed. */
export const DATA_DESTROYED_CODE = 'CENTRE.DATA_DESTROYED';

/** Whether opening failed because the centre's data key was destroyed (crypto-shredding): nothing to retry. */
export function isDataDestroyed(error: unknown): boolean {
  return error instanceof DomainError && error.code === DATA_DESTROYED_CODE;
}

/** Binds a sealed event's data to that event: it cannot be replayed inside another event. */
function sealContext(event: { type: string; id: string }): string {
  return `event:${event.type}:${event.id}`;
}

export function sealEventData(event: EventEnvelope, sealer: EventSealer): EventEnvelope {
  return { ...event, dataencryption: DATA_ENCRYPTION, data: sealer.seal(event.tenantid, sealContext(event), event.data) };
}

export type OpenedEvent =
  | { kind: 'clear'; raw: unknown }
  | { kind: 'opened'; raw: unknown }
  /** The centre's data key was destroyed: the event's content is gone for good. */
  | { kind: 'destroyed' }
  | { kind: 'unreadable'; reason: string };

/**
 * Opens the data of a sealed event (as parsed from the message, before it is validated); events
 * that were never sealed pass through as they are (those published before sealing existed).
 */
export function openEventData(raw: unknown, sealer: EventSealer | undefined): OpenedEvent {
  if (typeof raw !== 'object' || raw === null || !('dataencryption' in raw)) return { kind: 'clear', raw };
  const envelope = raw as { dataencryption?: unknown; type?: unknown; id?: unknown; tenantid?: unknown; data?: unknown };
  if (envelope.dataencryption !== DATA_ENCRYPTION) return { kind: 'unreadable', reason: 'unknown data encryption' };
  if (!sealer) return { kind: 'unreadable', reason: 'sealed data and no keys to open it' };
  const { type, id, tenantid, data } = envelope;
  if (typeof type !== 'string' || typeof id !== 'string' || typeof tenantid !== 'string' || typeof data !== 'string') {
    return { kind: 'unreadable', reason: 'sealed event without type, id, tenant or sealed data' };
  }
  try {
    const { dataencryption: _sealed, ...rest } = envelope;
    return { kind: 'opened', raw: { ...rest, data: sealer.open(tenantid, sealContext({ type, id }), data) } };
  } catch (error) {
    if (isDataDestroyed(error)) return { kind: 'destroyed' };
    return { kind: 'unreadable', reason: error instanceof DomainError ? error.code : 'the sealed data does not open' };
  }
}
