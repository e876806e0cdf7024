import type { EventEnvelope, EventRegistry } from '@corredor/contracts';
import { HEADERS, openEventData, type ConsumedMessage, type EventSealer } from '@corredor/messaging';

export type ReplayedMessage =
  | { kind: 'event'; event: EventEnvelope }
  /** A type the projection does not record (other events share its topics). */
  | { kind: 'ignored' }
  /** What the live consumer would have dead-lettered, or skipped as crypto-shredded: nothing to record. */
  | { kind: 'invalid' };

/**
 * A message read from the log, judged as the live consumer judges it (packages/messaging's
 * startSubscription): JSON, its type, sealed data opened, the contract (upcast to the type's latest
 * version), the tenant header. So a rebuild records exactly what the subscriptions recorded.
 */
export function replayedMessage(message: ConsumedMessage, deps: { types: ReadonlySet<string>; registry: EventRegistry; sealer?: EventSealer }): ReplayedMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value);
  } catch {
    return { kind: 'invalid' };
  }
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && !deps.types.has(type)) return { kind: 'ignored' };
  const opened = openEventData(raw, deps.sealer);
  if (opened.kind === 'unreadable' || opened.kind === 'destroyed') return { kind: 'invalid' };
  const parsed = deps.registry.parse(opened.raw);
  if (!parsed.ok) return { kind: 'invalid' };
  const tenant = message.headers[HEADERS.tenant];
  if (tenant !== undefined && tenant !== parsed.event.tenantid) return { kind: 'invalid' };
  return { kind: 'event', event: parsed.event };
}
