import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import { afterPosition } from '@corredor/service-kit';
import { ConsentCodec, type StoredConsent } from './consent.codec';
import type { Consent } from './consent.domain';
import { ACTIVE_CONSENT_INDEX, CONSENT_SORT, type ConsentPosition, type ConsentRepository } from './consent.repository';

/** Holds consents sealed exactly as MongoDB does (ConsentCodec). */
export class MemoryConsentRepository implements ConsentRepository {
  readonly collection = new MemoryCollection<StoredConsent>('consents', [{ name: ACTIVE_CONSENT_INDEX, fields: ['tenant', 'personId', 'activeScope'] }]);
  readonly codec: ConsentCodec;

  constructor(
    private readonly outbox: MemoryOutbox,
    keys: CentreKeys,
  ) {
    this.codec = new ConsentCodec(keys);
  }

  async findById(tenant: string, personId: string, id: string): Promise<Consent | null> {
    const stored = this.collection.findOne({ id, tenant, personId });
    return stored ? this.codec.decode(stored) : null;
  }

  async listByPerson(tenant: string, personId: string, page: { limit: number; after: ConsentPosition | null }): Promise<Consent[]> {
    const filter = { tenant, personId, ...(page.after ? afterPosition(CONSENT_SORT, page.after) : {}) };
    return this.collection.find(filter, { sort: { givenAt: -1, id: 1 }, limit: page.limit }).map((stored) => this.codec.decode(stored));
  }

  async holding(tenant: string, personId: string, limit: number): Promise<Consent[]> {
    return this.collection.find({ tenant, personId, activeScope: { $ne: null } }, { sort: { givenAt: -1, id: 1 }, limit }).map((stored) => this.codec.decode(stored));
  }

  async add(consent: Consent, events: OutboxRecord[]): Promise<void> {
    const stored = this.codec.encode(consent);
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.collection.insert(stored);
      this.outbox.add(events);
    });
  }

  async update(consent: Consent, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    const stored = this.codec.encode(consent);
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.collection.replaceVersioned(stored, expectedVersion);
      this.outbox.add(events);
    });
  }
}
