import type { OutboxRecord } from '@corredor/messaging';
import type { SortKey } from '@corredor/service-kit';
import type { Consent } from './consent.domain';

/** The unique index that keeps one holding consent per scope and person. */
export const ACTIVE_CONSENT_INDEX = 'consent_tenant_person_activeScope';

/** Where a page of a person's consents ended: [givenAt, id] of its last item (newest first). */
export type ConsentPosition = readonly [givenAt: Date, id: string];

/** How a person's consents are listed: newest first, the id breaking ties. */
export const CONSENT_SORT: readonly SortKey[] = [
  ['givenAt', -1],
  ['id', 1],
];

export interface ConsentRepository {
  findById(tenant: string, personId: string, id: string): Promise<Consent | null>;
  /** Newest first; `limit` items after `after`. */
  listByPerson(tenant: string, personId: string, page: { limit: number; after: ConsentPosition | null }): Promise<Consent[]>;
  /** The consents that hold (not withdrawn), at most `limit`. */
  holding(tenant: string, personId: string, limit: number): Promise<Consent[]>;
  /** Saves a new consent and its events in one transaction; a holding consent for the same scope is a DuplicateKeyError on ACTIVE_CONSENT_INDEX. */
  add(consent: Consent, events: OutboxRecord[]): Promise<void>;
  /** Saves a change (a withdrawal) if the consent is still at `expectedVersion` (else VersionConflictError), with its events. */
  update(consent: Consent, expectedVersion: number, events: OutboxRecord[]): Promise<void>;
}
