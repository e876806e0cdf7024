import type { IdempotencyRecord, IdempotencyScope } from './idempotency.domain';

/** The unique index that refuses a second live record for one key of one user at one centre. */
export const IDEMPOTENCY_KEY_INDEX = 'idempotency_tenant_user_key';

/**
 * Keys already used, per user and centre, for 24 hours. A record is written in the same
 * transaction as what its request created (see IntakeRecords), so a key is used only if its
 * request succeeded; `add` is for writes that need no other record.
 */
export interface IdempotencyRepository {
  /** The live record of this key; an expired one counts as none. */
  find(scope: IdempotencyScope, key: string, now: Date): Promise<IdempotencyRecord | null>;
  /**
   * Saves a record, replacing an expired one for the same key. A live record for the key is a
   * DuplicateKeyError on IDEMPOTENCY_KEY_INDEX (two requests raced: the other one won).
   */
  add(record: IdempotencyRecord): Promise<void>;
}
