import type { OutboxRecord } from '@corredor/messaging';
import { DuplicateKeyError, MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import type { AnnouncedStatus, PublishedPeriod, SharingLedger } from './sharing-ledger.repository';

export class MemorySharingLedger implements SharingLedger {
  private readonly periods = new MemoryCollection<PublishedPeriod>('network_publications', [], [['centre', 'network']]);
  private readonly announced = new MemoryCollection<AnnouncedStatus>('network_statuses');

  constructor(private readonly outbox: MemoryOutbox) {}

  async lastPublished(centre: string, network: string): Promise<PublishedPeriod | null> {
    return this.periods.find({ centre, network }, { sort: { 'period.to': -1 }, limit: 1 })[0] ?? null;
  }

  async claimPeriod(published: PublishedPeriod, events: OutboxRecord[]): Promise<boolean> {
    return memoryTransaction([this.periods, this.outbox.collection], () => {
      try {
        this.periods.insert(published);
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
      this.outbox.add(events);
      return true;
    });
  }

  async statuses(): Promise<AnnouncedStatus[]> {
    return this.announced.find({}, { sort: { id: 1 } });
  }

  async claimStatus(status: AnnouncedStatus, events: OutboxRecord[]): Promise<boolean> {
    return memoryTransaction([this.announced, this.outbox.collection], () => {
      if (status.revision === 1) {
        try {
          this.announced.insert(status);
        } catch (error) {
          if (error instanceof DuplicateKeyError) return false;
          throw error;
        }
      } else if (this.announced.updateWhere({ id: status.id, revision: status.revision - 1 }, () => status) === 0) return false;
      this.outbox.add(events);
      return true;
    });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
