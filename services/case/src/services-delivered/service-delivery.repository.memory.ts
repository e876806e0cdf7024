import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import type { FieldSealer, RecordCodec } from '../privacy/sealed-fields';
import { erasedServiceDelivery, serviceDeliveryCodec, type StoredServiceDelivery } from './service-delivery.codec';
import type { ServiceDelivery } from './service-delivery.domain';
import { SERVICE_LIST_SORT, type ServiceDeliveryRepository, type ServiceListPosition } from './service-delivery.repository';

export class MemoryServiceDeliveryRepository implements ServiceDeliveryRepository {
  /** Exposed so tests can read the store raw, as someone with a copy of the database would. */
  readonly services = new MemoryCollection<StoredServiceDelivery>('case_services');
  private readonly codec: RecordCodec<ServiceDelivery, StoredServiceDelivery>;

  constructor(
    private readonly outbox: MemoryOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.codec = serviceDeliveryCodec(keys);
  }

  async add(service: ServiceDelivery, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.services, this.outbox.collection], () => {
      this.services.insert(this.codec.encode(service));
      this.outbox.add(events);
    });
  }

  async update(service: ServiceDelivery, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.services, this.outbox.collection], () => {
      this.services.replaceVersioned(this.codec.encode(service), expectedVersion);
      this.outbox.add(events);
    });
  }

  async findById(tenant: string, caseId: string, id: string): Promise<ServiceDelivery | null> {
    const doc = this.services.findOne({ id, tenant, caseId });
    return doc ? this.codec.decode(doc) : null;
  }

  async list(tenant: string, caseId: string, query: { after: ServiceListPosition | null; limit: number }): Promise<ServiceDelivery[]> {
    const filter = { tenant, caseId, ...(query.after ? afterPosition(SERVICE_LIST_SORT, query.after) : {}) };
    return this.decodeAll(this.services.find(filter, { sort: Object.fromEntries(SERVICE_LIST_SORT), limit: query.limit }));
  }

  async recordedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]> {
    return this.decodeAll(this.services.find({ tenant, caseId, ...olderThan(bound, 'recordedAt', 'id') }, { sort: { recordedAt: -1, id: -1 }, limit }));
  }

  async voidedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]> {
    return this.decodeAll(this.services.find({ tenant, caseId, voided: { $ne: null }, ...olderThan(bound, 'voided.at', 'id') }, { sort: { 'voided.at': -1, id: -1 }, limit }));
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    memoryTransaction([this.services], () => this.services.updateWhere({ tenant, caseId }, (doc) => erasedServiceDelivery(this.keys, doc)));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  private decodeAll(docs: StoredServiceDelivery[]): ServiceDelivery[] {
    return docs.map((doc) => this.codec.decode(doc));
  }
}
