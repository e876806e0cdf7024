import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import type { Centre } from './centre.domain';
import type { CentreRepository } from './centre.repository';

export class MemoryCentreRepository implements CentreRepository {
  readonly collection = new MemoryCollection<Centre>('centres');

  constructor(private readonly outbox: MemoryOutbox) {}

  async add(centre: Centre, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.collection.insert(centre);
      this.outbox.add(events);
    });
  }

  async update(centre: Centre, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => {
      // Refuses a stale write (VersionConflictError); sets version to expectedVersion + 1, as the domain did.
      this.collection.replaceVersioned(centre, expectedVersion);
      this.outbox.add(events);
    });
  }

  async findById(id: string): Promise<Centre | null> {
    return this.collection.findOne({ id }) ?? null;
  }

  async listByNetwork(network: string): Promise<Centre[]> {
    return this.collection.find({ networks: network }, { sort: { id: 1 } });
  }

  async listWithoutDataKey(): Promise<Centre[]> {
    return this.collection.find({ dataKey: { $exists: false } }, { sort: { id: 1 } });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
