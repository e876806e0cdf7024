import type { OutboxRecord } from '@corredor/messaging';
import type { TimelinePosition } from '../timeline/timeline-source';
import type { Case } from './case.domain';
import type { CaseHistoryEntry } from './case-history';
import type { CaseListQuery } from './case-list';

/** What is saved with a case, in the same transaction: its events (the outbox) and its history entries. */
export interface CaseWrite {
  events: OutboxRecord[];
  history: CaseHistoryEntry[];
}

/**
 * Cases of every centre; every read names the centre (tenant). Each intake belongs to one case:
 * the adapters keep a key per (tenant, intake id), claimed in the same transaction as the case
 * that attaches the intake, so a redelivered intake can never open or attach twice.
 */
export interface CaseRepository {
  /**
   * Saves a new case with its events and history, all or nothing. An intake id of the case that
   * another case of the centre already holds (or a case id already used) is a DuplicateKeyError.
   */
  add(kase: Case, write: CaseWrite): Promise<void>;
  /**
   * Saves a change if the case is still at `expectedVersion` (else VersionConflictError; a case
   * that is not there: NotFoundError), with its events and history, all or nothing. The stored
   * version becomes expectedVersion + 1. Intake ids the case did not hold before are claimed: one
   * that another case holds is a DuplicateKeyError.
   */
  update(kase: Case, expectedVersion: number, write: CaseWrite): Promise<void>;
  findById(tenant: string, id: string): Promise<Case | null>;
  /** The case an intake is attached to. */
  findByIntake(tenant: string, intakeId: string): Promise<Case | null>;
  /** A person's cases at the centre, newest first (opening time, then id), at most `limit`. */
  ofPerson(tenant: string, personId: string, limit: number): Promise<Case[]>;
  /** At most `query.limit` cases matching the filters, in the sort's order, after `query.after`. */
  list(tenant: string, query: CaseListQuery): Promise<Case[]>;
  /** A case's status and assignment history, newest first (at, then id, descending), strictly older than `before`. */
  history(tenant: string, caseId: string, query: { before: TimelinePosition | null; limit: number }): Promise<CaseHistoryEntry[]>;
  isReachable(): Promise<boolean>;
}
