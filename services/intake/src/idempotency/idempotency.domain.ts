import { createHash } from 'node:crypto';
import { DomainError } from '@corredor/contracts';
import { z } from 'zod';

/** How long a key holds its answer: a tablet that retries within a day gets the first intake back. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Idempotency-Key must be 8 to 100 letters, digits, "-" or "_"');

/** Whose key it is: keys are scoped to the user at their centre, so two tablets cannot collide. */
export interface IdempotencyScope {
  tenant: string;
  userId: string;
}

/**
 * A key that was used: which request it answered (a hash of the body, never the body: it holds
 * personal data; the intake service keys that hash with the centre's data key, so it is a blind
 * index that confirms nothing without the key) and what that request created. Nothing here is
 * sealed: the rest is ids, the staff account, the client's key and dates. An erasure deletes the
 * records of the person's intakes.
 */
export interface IdempotencyRecord extends IdempotencyScope {
  id: string;
  key: string;
  requestHash: string;
  /** The id of what the first request created (an intake). */
  resourceId: string;
  createdAt: Date;
  expiresAt: Date;
}

export function newIdempotencyRecord(
  fields: IdempotencyScope & { id: string; key: string; requestHash: string; resourceId: string },
  now: Date,
): IdempotencyRecord {
  return { ...fields, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) };
}

export function isLive(record: IdempotencyRecord, now: Date): boolean {
  return record.expiresAt.getTime() > now.getTime();
}

/** The same JSON whatever the order of its keys: objects' keys sorted, recursively. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * A key seen again: the same body is a retry, answered with what the first request created; a
 * different body is a client bug or a stale key, refused rather than silently answered.
 */
export function replayOf(record: IdempotencyRecord, hash: string): string {
  if (record.requestHash !== hash) {
    throw new DomainError(
      'INTAKE.IDEMPOTENCY_KEY_REUSED',
      'validation',
      'This Idempotency-Key was already used for a different request in the last 24 hours; send a new key for a new submission. Nothing was saved.',
    );
  }
  return record.resourceId;
}
