import type { Referral } from './referral.domain';

/** Where a page of a case's referrals ended: the last one's madeAt and id. */
export type ReferralPosition = readonly [madeAt: Date, id: string];

export interface ReferralRepository {
  add(referral: Referral): Promise<void>;
  /** A case's referrals in the order they were made, `limit` of them after `after`. */
  listForCase(tenant: string, caseId: string, page: { after: ReferralPosition | null; limit: number }): Promise<Referral[]>;
  /**
   * The person withdrew their consent to share with this partner: their pending referrals to it
   * stop (see the referral lifecycle). Idempotent; answers how many changed.
   */
  withdrawConsent(tenant: string, personId: string, partnerId: string, at: Date): Promise<number>;
  /**
   * The person was erased: their referrals stay in the case's history (a partner and a need, nothing
   * personal) but no longer name the person's id, only `unlinkedId`. Answers how many changed.
   */
  unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number>;
}

/** Both stores list in this order and page with the same keyset filter (`id` is `_id` in MongoDB). */
export const referralOrder = (idField: 'id' | '_id') => [['madeAt', 1], [idField, 1]] as const;
