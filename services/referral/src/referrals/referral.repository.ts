import type { ReferralStatus } from '@corredor/contracts';
import type { OutboxRecord } from '@corredor/messaging';
import type { Referral } from './referral.domain';

/** Where a page of a case's referrals ended: the last one's madeAt and id. */
export type ReferralPosition = readonly [madeAt: Date, id: string];

export interface ReferralRepository {
  /** Saves a new referral with its events, in one transaction: both or neither. */
  add(referral: Referral, events: OutboxRecord[]): Promise<void>;
  /** One referral of a case, within the centre. */
  find(tenant: string, caseId: string, id: string): Promise<Referral | null>;
  /** A case's referrals in the order they were made, `limit` of them after `after`. */
  listForCase(tenant: string, caseId: string, page: { after: ReferralPosition | null; limit: number }): Promise<Referral[]>;
  /** The person's referrals to this partner that a withdrawal of their consent to share with it stops (see the referral lifecycle). */
  listStoppable(tenant: string, personId: string, partnerId: string): Promise<Referral[]>;
  /**
   * Saves the referral's new status (and when and by whom it changed) with its events, in one
   * transaction, if the stored referral is still at `from`: the lifecycle decided from that status.
   * Answers false, writing and announcing nothing, when someone moved it first. Leaves the other
   * fields as stored (an erasure may have unlinked the person meanwhile).
   */
  changeStatus(changed: Referral, from: ReferralStatus, events: OutboxRecord[]): Promise<boolean>;
  /**
   * The person was erased: their referrals stay in the case's history (a partner and a need, nothing
   * personal) but no longer name the person's id, only `unlinkedId`. Answers how many changed.
   */
  unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number>;
}

/** Both stores list in this order and page with the same keyset filter (`id` is `_id` in MongoDB). */
export const referralOrder = (idField: 'id' | '_id') => [['madeAt', 1], [idField, 1]] as const;

/** The fields a status change writes: the status and its instants, nothing else of the referral. */
export function statusFields(referral: Referral): Pick<Referral, 'status' | 'consentWithdrawnAt' | 'concludedAt' | 'concludedBy'> {
  return {
    status: referral.status,
    ...(referral.consentWithdrawnAt ? { consentWithdrawnAt: referral.consentWithdrawnAt } : {}),
    ...(referral.concludedAt ? { concludedAt: referral.concludedAt } : {}),
    ...(referral.concludedBy ? { concludedBy: referral.concludedBy } : {}),
  };
}
