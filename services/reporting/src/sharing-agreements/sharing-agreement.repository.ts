import type { AgreementStatus, SharingAgreement } from './sharing-agreement.domain';

export interface AgreementFilter {
  network?: string;
  status?: AgreementStatus;
}

/** A centre's agreements sort newest first: [agreedAt desc, id desc]. */
export type AgreementPosition = readonly [agreedAt: Date, id: string];
export const AGREEMENT_ORDER = (idField: 'id' | '_id') => [['agreedAt', -1], [idField, -1]] as const;

/** Where a centre's sharing agreements are kept: at most one active per centre and network (a unique partial index). */
export interface SharingAgreementRepository {
  /** Stores a new agreement; DuplicateKeyError when the centre already has an active one with that network. */
  add(agreement: SharingAgreement): Promise<void>;
  /**
   * Saves a change if the agreement is still at `expectedVersion` (VersionConflictError otherwise,
   * NotFoundError when there is none); the stored version becomes expectedVersion + 1.
   */
  update(agreement: SharingAgreement, expectedVersion: number): Promise<void>;
  findById(centre: string, id: string): Promise<SharingAgreement | null>;
  /** The centre's agreements, newest first: at most `limit` after `after`. */
  listForCentre(centre: string, filter: AgreementFilter, page: { after: AgreementPosition | null; limit: number }): Promise<SharingAgreement[]>;
  /** Every agreement of the centre with the network, oldest first. */
  withNetwork(centre: string, network: string): Promise<SharingAgreement[]>;
  /** Agreements that may still have periods to publish (active ones, and revoked ones not settled), at every centre, oldest first. */
  toPublish(): Promise<SharingAgreement[]>;
  isReachable(): Promise<boolean>;
}
