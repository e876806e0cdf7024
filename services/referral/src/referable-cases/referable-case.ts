/** What the referral service knows of the centre's cases (from case events): enough to refer, nothing personal. */
export interface ReferableCase {
  /** `${tenant}/${caseId}` */
  id: string;
  tenant: string;
  caseId: string;
  /** The person the case follows: a random id, so a consent about the person applies to their cases. */
  personId: string;
  status: 'open' | 'closed';
  openedAt: Date;
}

export interface ReferableCaseRepository {
  /** Idempotent: a case opened twice keeps its first opening and status. */
  recordOpened(tenant: string, caseId: string, personId: string, openedAt: Date): Promise<void>;
  /** Idempotent; a case it does not know is left unknown. */
  recordStatus(tenant: string, caseId: string, status: ReferableCase['status']): Promise<void>;
  find(tenant: string, caseId: string): Promise<ReferableCase | null>;
  /** The person was erased: their cases no longer name their id, only `unlinkedId`. Answers how many changed. */
  unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number>;
}
