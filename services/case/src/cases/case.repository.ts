import type { OutboxRecord } from '@corredor/messaging';
import type { Case, CaseStatus } from './case.domain';

export interface CaseQuery {
  status?: CaseStatus;
  limit: number;
  offset: number;
}

export interface CaseRepository {
  /** Saves a new case and its events in one transaction. A second case for the same intake is a DuplicateKeyError. */
  add(kase: Case, events: OutboxRecord[]): Promise<void>;
  /** Saves a change if the case is still at `expectedVersion` (else VersionConflictError), with its events. */
  update(kase: Case, expectedVersion: number, events: OutboxRecord[]): Promise<void>;
  findById(tenant: string, id: string): Promise<Case | null>;
  findByIntake(tenant: string, intakeId: string): Promise<Case | null>;
  /** Newest first. */
  list(tenant: string, query: CaseQuery): Promise<{ items: Case[]; total: number }>;
  isReachable(): Promise<boolean>;
}
