import type { OutboxRecord } from '@corredor/messaging';
import type { SourceBound } from '../timeline/timeline.domain';
import type { ClaimStep, LabourClaim } from './labour-claim.domain';

/** Where a page of a case's claims ended: the last one's creation instant and id. */
export type ClaimListPosition = readonly [createdAt: Date, id: string];

export const CLAIM_LIST_SORT = [
  ['createdAt', -1],
  ['id', -1],
] as const;

export interface LabourClaimRepository {
  /** Saves a new claim, its first steps and its events in one transaction. */
  add(claim: LabourClaim, steps: ClaimStep[], events: OutboxRecord[]): Promise<void>;
  /** Saves a change if the claim is still at `expectedVersion` (else VersionConflictError), with its steps and events. */
  update(claim: LabourClaim, expectedVersion: number, steps: ClaimStep[], events: OutboxRecord[]): Promise<void>;
  findById(tenant: string, caseId: string, id: string): Promise<LabourClaim | null>;
  /** A case's claims, newest first (CLAIM_LIST_SORT), after a position. */
  list(tenant: string, caseId: string, query: { after: ClaimListPosition | null; limit: number }): Promise<LabourClaim[]>;
  /** For the timeline: the steps of a case's claims before a bound (keyed by step id), newest first. */
  stepsBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ClaimStep[]>;
  /**
   * The person of the case was erased: the case's claims keep their codes, amounts and days (the
   * figures and the history), the employer becomes ERASED, each version + 1 (an edit read before
   * cannot write it back). Idempotent.
   */
  eraseOfCase(tenant: string, caseId: string): Promise<void>;
  isReachable(): Promise<boolean>;
}
