import { MemoryCollection, memoryTransaction } from '@corredor/persistence';
import type { IdempotencyRecord, IdempotencyScope } from './idempotency.domain';
import { IDEMPOTENCY_KEY_INDEX, type IdempotencyRepository } from './idempotency.repository';

export class MemoryIdempotencyRepository implements IdempotencyRepository {
  readonly collection = new MemoryCollection<IdempotencyRecord>('idempotency_keys', [
    { name: IDEMPOTENCY_KEY_INDEX, fields: ['tenant', 'userId', 'key'] },
  ]);

  async find(scope: IdempotencyScope, key: string, now: Date): Promise<IdempotencyRecord | null> {
    return this.collection.findOne({ tenant: scope.tenant, userId: scope.userId, key, expiresAt: { $gt: now } }) ?? null;
  }

  async add(record: IdempotencyRecord): Promise<void> {
    memoryTransaction([this.collection], () => this.insert(record));
  }

  /** For a memoryTransaction that also writes what the request created. Expired records make way, as MongoDB's TTL index would have removed them. */
  insert(record: IdempotencyRecord): void {
    this.collection.deleteWhere({ tenant: record.tenant, userId: record.userId, key: record.key, expiresAt: { $lte: record.createdAt } });
    this.collection.insert(record);
  }
}
