import type { OutboxRecord } from '@corredor/messaging';
import type { Consent } from '../consents/consent.domain';
import type { IdempotencyRecord } from '../idempotency/idempotency.domain';
import type { ErasedRecords, PersonErasure } from '../people/person-erasure.domain';
import type { Person } from '../people/person.domain';
import type { Intake } from './intake.domain';

/** What one transaction writes about a person: all of it, or nothing. */
export interface PersonRecordChanges {
  /** A new person (expectedVersion null), or a change to one still at expectedVersion (else VersionConflictError; NotFoundError at another centre). */
  person?: { record: Person; expectedVersion: number | null };
  intake?: Intake;
  /** New consents; a scope that already holds for the person is a DuplicateKeyError (ACTIVE_CONSENT_INDEX). */
  consents?: readonly Consent[];
  /** The Idempotency-Key of the request that made these changes; a live one for the key is a DuplicateKeyError (IDEMPOTENCY_KEY_INDEX). */
  idempotency?: IdempotencyRecord;
  events: readonly OutboxRecord[];
}

/**
 * Saves a person together with what belongs to them in one transaction: an interview submits the
 * intake, the person (new or updated), the consents given, the Idempotency-Key and the events at
 * once; a transfer brings a person in with the consents that came with them. Erases them the same
 * way: everything of theirs, or nothing.
 */
export interface IntakeRecords {
  save(changes: PersonRecordChanges): Promise<void>;
  /**
   * Deletes the person (`erasure.id`) and everything the service holds of them (their intakes,
   * consents, and the Idempotency-Keys of their intakes), keeps the erasure's tombstone and writes
   * the events, in one transaction; nothing is opened, so a centre whose key was destroyed can
   * still erase. NotFoundError when the centre holds no such person.
   */
  erase(erasure: PersonErasure, events: readonly OutboxRecord[]): Promise<ErasedRecords>;
  /** The tombstone of a person erased at this centre, if they were. */
  erasureOf(tenant: string, personId: string): Promise<PersonErasure | null>;
}
