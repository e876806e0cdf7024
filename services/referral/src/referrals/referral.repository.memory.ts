import { MemoryCollection } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { statusesAccepting, withdrawConsent, type Referral } from './referral.domain';
import { referralOrder, type ReferralPosition, type ReferralRepository } from './referral.repository';

export class MemoryReferralRepository implements ReferralRepository {
  private readonly referrals = new MemoryCollection<Referral>('referrals');

  async add(referral: Referral): Promise<void> {
    this.referrals.insert(referral);
  }

  async listForCase(tenant: string, caseId: string, page: { after: ReferralPosition | null; limit: number }): Promise<Referral[]> {
    const order = referralOrder('id');
    return this.referrals.find(
      { tenant, caseId, ...(page.after ? afterPosition(order, page.after) : {}) },
      { sort: Object.fromEntries(order), limit: page.limit },
    );
  }

  async withdrawConsent(tenant: string, personId: string, partnerId: string, at: Date): Promise<number> {
    return this.referrals.updateWhere({ tenant, personId, partnerId, status: { $in: statusesAccepting('withdraw-consent') } }, (referral) =>
      withdrawConsent(referral, at),
    );
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return this.referrals.updateWhere({ tenant, personId }, (referral) => ({ ...referral, personId: unlinkedId }));
  }
}
