import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import type { ServiceDelivery } from './service-delivery.domain';
import { SERVICE_LIST_SORT, type ServiceDeliveryRepository, type ServiceListPosition } from './service-delivery.repository';

export class MemoryServiceDeliveryRepository implements ServiceDeliveryRepository {
  private readonly services = new MemoryCollection<ServiceDelivery>('case_services');

  constructor(private readonly outbox: MemoryOutbox) {}

  async add(service: ServiceDelivery, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.services, this.outbox.collection], () => {
      this.services.insert(service);
      this.outbox.add(events);
    });
  }

  async update(service: ServiceDelivery, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.services, this.outbox.collection], () => {
      this.services.replaceVersioned(service, expectedVersion);
      this.outbox.add(events);
    });
  }

  async findById(tenant: string, caseId: string, id: string): Promise<ServiceDelivery | null> {
    return this.services.findOne({ id, tenant, caseId }) ?? null;
  }

  async list(tenant: string, caseId: string, query: { after: ServiceListPosition | null; limit: number }): Promise<ServiceDelivery[]> {
    const filter = { tenant, caseId, ...(query.after ? afterPosition(SERVICE_LIST_SORT, query.after) : {}) };
    return this.services.find(filter, { sort: Object.fromEntries(SERVICE_LIST_SORT), limit: query.limit });
  }

  async recordedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]> {
    return this.services.find({ tenant, caseId, ...olderThan(bound, 'recordedAt', 'id') }, { sort: { recordedAt: -1, id: -1 }, limit });
  }

  async voidedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]> {
    return this.services.find({ tenant, caseId, voided: { $ne: null }, ...olderThan(bound, 'voided.at', 'id') }, { sort: { 'voided.at': -1, id: -1 }, limit });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
