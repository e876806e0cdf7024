import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { MemoryCollection } from './memory-collection';

export class MemoryOutbox implements OutboxStore {
  readonly collection = new MemoryCollection<OutboxRecord>('outbox');

  /** Call inside the same memoryTransaction as the state change. */
  add(records: OutboxRecord[]): void {
    for (const record of records) this.collection.insert(record);
  }

  async pending(limit: number): Promise<OutboxRecord[]> {
    return this.collection.find({}, { sort: { position: 1 }, limit });
  }

  async removePublished(ids: string[]): Promise<void> {
    for (const id of ids) this.collection.deleteWhere({ id });
  }

  async countPending(): Promise<number> {
    return this.collection.count({});
  }
}
