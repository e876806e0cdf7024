/** What the referral service knows of the centre's cases (from case events): enough to refer, nothing personal. */
export interface ReferableCase {
  /** `${tenant}/${caseId}` */
  id: string;
  tenant: string;
  caseId: string;
  status: 'open' | 'closed';
  openedAt: Date;
}

export interface ReferableCaseRepository {
  /** Idempotent. */
  recordOpened(tenant: string, caseId: string, openedAt: Date): Promise<void>;
  /** Idempotent. */
  recordClosed(tenant: string, caseId: string): Promise<void>;
  find(tenant: string, caseId: string): Promise<ReferableCase | null>;
}
