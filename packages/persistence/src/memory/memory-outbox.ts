import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { MemoryCollection } from './memory-collection';

export class MemoryOutbox implements OutboxStore {
  readonly collection = new MemoryCollection<OutboxRecord>('outbox');

  /** Call inside the same memoryTransaction as the state change. */
  add(records: OutboxRecord[]): void {
    for (const record of records) this.collection.insert(record);
  }

  async pending(limit: number): Promise<OutboxRecord[]> {
    return this.collection.find({ publishedAt: null }, { sort: { position: 1 }, limit });
  }

  async markPublished(ids: string[], at: Date): Promise<void> {
    this.collection.updateWhere({ id: { $in: ids } }, (record) => ({ ...record, publishedAt: at }));
  }

  async countPending(): Promise<number> {
    return this.collection.count({ publishedAt: null });
  }
}
