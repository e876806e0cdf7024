import type { OutboxRecord } from '@corredor/messaging';
import type { SourceBound } from '../timeline/timeline.domain';
import type { ServiceDelivery } from './service-delivery.domain';

/** Where a page of a case's services ended: the last one's delivery day, recording instant and id. */
export type ServiceListPosition = readonly [deliveredOn: string, recordedAt: Date, id: string];

export const SERVICE_LIST_SORT = [
  ['deliveredOn', -1],
  ['recordedAt', -1],
  ['id', -1],
] as const;

export interface ServiceDeliveryRepository {
  /** Saves a new entry with its events, in one transaction. */
  add(service: ServiceDelivery, events: OutboxRecord[]): Promise<void>;
  /** Saves a change if the entry is still at `expectedVersion` (else VersionConflictError), with its events. */
  update(service: ServiceDelivery, expectedVersion: number, events: OutboxRecord[]): Promise<void>;
  findById(tenant: string, caseId: string, id: string): Promise<ServiceDelivery | null>;
  /** A case's services, most recently delivered first (SERVICE_LIST_SORT), after a position. */
  list(tenant: string, caseId: string, query: { after: ServiceListPosition | null; limit: number }): Promise<ServiceDelivery[]>;
  /** For the timeline: entries recorded before a bound (keyed by id), most recently recorded first. */
  recordedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]>;
  /** For the timeline: voided entries whose voiding is before a bound (keyed by id), most recently voided first. */
  voidedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]>;
  /**
   * The person of the case was erased: the case's services keep their type, codes, days and staff
   * (the counts and the history), their free texts become ERASED, each version + 1 (an edit read
   * before cannot write them back). Idempotent; all or nothing.
   */
  eraseOfCase(tenant: string, caseId: string): Promise<void>;
  isReachable(): Promise<boolean>;
}
