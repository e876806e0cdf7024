import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { MemoryCollection } from './memory-collection';
import { PublishingOrder } from './memory-outbox-order';

/**
 * The outbox in memory. Records live in `collection` (so a memoryTransaction that includes it undoes
 * them); their publishing order is kept beside it, following every write of the collection, so a
 * batch costs what it holds rather than a sort of everything pending.
 */
export class MemoryOutbox implements OutboxStore {
  readonly collection = new MemoryCollection<OutboxRecord>('outbox');
  private readonly order = new PublishingOrder();

  constructor() {
    this.collection.onWrite((id, before, after) => {
      if (after === undefined) this.order.remove(id);
      else if (before?.position !== after.position) this.order.add(id, after.position);
    });
  }

  /** Call inside the same memoryTransaction as the state change. */
  add(records: OutboxRecord[]): void {
    for (const record of records) this.collection.insert(record);
  }

  async pending(limit: number): Promise<OutboxRecord[]> {
    // A limit mingo would refuse is still refused the same way.
    if (!Number.isInteger(limit) || limit < 0) return this.collection.find({}, { sort: { position: 1 }, limit });
    return this.order.first(limit).flatMap((id) => this.collection.findOne({ id }) ?? []);
  }

  async removePublished(ids: string[]): Promise<void> {
    for (const id of ids) this.collection.deleteWhere({ id });
  }

  async countPending(): Promise<number> {
    return this.collection.count({});
  }
}
