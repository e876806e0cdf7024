import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { Consent } from './consent.domain';
import { ACTIVE_CONSENT_INDEX, CONSENT_SORT, type ConsentPosition, type ConsentRepository } from './consent.repository';

export class MemoryConsentRepository implements ConsentRepository {
  readonly collection = new MemoryCollection<Consent>('consents', [{ name: ACTIVE_CONSENT_INDEX, fields: ['tenant', 'personId', 'activeScope'] }]);

  constructor(private readonly outbox: MemoryOutbox) {}

  async findById(tenant: string, personId: string, id: string): Promise<Consent | null> {
    return this.collection.findOne({ id, tenant, personId }) ?? null;
  }

  async listByPerson(tenant: string, personId: string, page: { limit: number; after: ConsentPosition | null }): Promise<Consent[]> {
    const filter = { tenant, personId, ...(page.after ? afterPosition(CONSENT_SORT, page.after) : {}) };
    return this.collection.find(filter, { sort: { givenAt: -1, id: 1 }, limit: page.limit });
  }

  async holding(tenant: string, personId: string, limit: number): Promise<Consent[]> {
    return this.collection.find({ tenant, personId, activeScope: { $ne: null } }, { sort: { givenAt: -1, id: 1 }, limit });
  }

  async add(consent: Consent, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.collection.insert(consent);
      this.outbox.add(events);
    });
  }

  async update(consent: Consent, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.collection.replaceVersioned(consent, expectedVersion);
      this.outbox.add(events);
    });
  }
}
