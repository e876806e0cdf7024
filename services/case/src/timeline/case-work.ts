import { dayIn, DomainError, isAfterDay } from '@corredor/contracts';
import { MemoryOutbox, MongoOutbox } from '@corredor/persistence';
import { RequestValidationError, type ApiRoutes, type AuditTrail, type CentreDirectoryView, type ServiceDeps } from '@corredor/service-kit';
import type { FieldSealer } from '../privacy/sealed-fields';
import type { TimelineSource } from './timeline-source';

/** Where handlers record who read a person's identifying data or a restricted note (ServiceDeps.audit). */
export type ReadAudit = Pick<AuditTrail, 'recordRead'>;

/** What the case-work features need to know of a case: that it exists at the centre, and whether it is closed. */
export interface CaseRef {
  id: string;
  status: 'open' | 'active' | 'closed';
}

/** A port onto the case aggregate; the case repository satisfies it as it is. */
export interface CaseLookup {
  findById(tenant: string, id: string): Promise<CaseRef | null>;
}

/** What each case-work feature (services, labour claims, notes) is built from; service.ts passes the same object to each. */
export interface CaseWorkDeps {
  /** null: keep data in memory (then `outbox` is the MemoryOutbox), else the MongoOutbox on this connection. */
  mongo: ServiceDeps['mongo'];
  outbox: MemoryOutbox | MongoOutbox;
  cases: CaseLookup;
  clock: () => Date;
  outboxWritten: () => void;
  centres: CentreDirectoryView;
  /** Seals the personal fields in the stores (ServiceDeps.keys). */
  keys: FieldSealer;
  audit: ReadAudit;
}

/** What each case-work feature gives service.ts to wire: its routes, its part of the timeline, its store's health, and the erasure of a case's personal data. */
export interface CaseWorkFeature {
  routes(api: ApiRoutes): void;
  timeline: TimelineSource;
  isReachable(): Promise<boolean>;
  /** The case's person was erased: the feature's free texts of the case go (case-erasure.ts). Idempotent. */
  eraseCase(tenant: string, caseId: string): Promise<void>;
}

/** The case at the caller's centre; another centre's case is as absent as one that never existed. */
export async function caseAt(cases: CaseLookup, tenant: string, caseId: string): Promise<CaseRef> {
  const found = await cases.findById(tenant, caseId);
  if (!found) throw new DomainError('CASE.NOT_FOUND', 'not-found', 'No such case at this centre.');
  return found;
}

/** The case at the caller's centre, if work can still be recorded on it: a closed case must be reopened first. */
export async function workableCaseAt(cases: CaseLookup, tenant: string, caseId: string): Promise<CaseRef> {
  const found = await caseAt(cases, tenant, caseId);
  if (found.status === 'closed') throw new DomainError('CASE.CLOSED', 'conflict', 'This case is closed; reopen it to record work on it.');
  return found;
}

/** Builds a feature's repository on the store the service runs with: both adapters share the service's outbox. */
export function storeFor<R>(
  deps: Pick<CaseWorkDeps, 'mongo' | 'outbox'>,
  memory: (outbox: MemoryOutbox) => R,
  mongo: (connection: NonNullable<ServiceDeps['mongo']>, outbox: MongoOutbox) => R,
): R {
  if (deps.mongo) {
    if (!(deps.outbox instanceof MongoOutbox)) throw new Error('a MongoDB store needs the MongoDB outbox');
    return mongo(deps.mongo, deps.outbox);
  }
  if (!(deps.outbox instanceof MemoryOutbox)) throw new Error('an in-memory store needs the in-memory outbox');
  return memory(deps.outbox);
}

/** Today at the centre, in its own time zone. */
export function centreToday(centres: CentreDirectoryView, tenant: string, now: Date): string {
  return dayIn(now, centres.timeZoneOf(tenant) ?? 'UTC');
}

/** Refuses, as field errors, days that have not come yet at the centre (a service delivered, a conciliation filed...). */
export function refuseDaysAfter(today: string, days: ReadonlyArray<readonly [field: string, day: string | null | undefined]>): void {
  const errors = days
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && isAfterDay(entry[1], today))
    .map(([field]) => ({ field, message: "is after today in the centre's time zone" }));
  if (errors.length > 0) throw new RequestValidationError(errors);
}
