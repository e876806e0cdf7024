import { MemoryCollection } from '@corredor/persistence';
import type { Referral } from './referral.domain';
import type { ReferralRepository } from './referral.repository';

export class MemoryReferralRepository implements ReferralRepository {
  private readonly referrals = new MemoryCollection<Referral>('referrals');

  async add(referral: Referral): Promise<void> {
    this.referrals.insert(referral);
  }

  async listForCase(tenant: string, caseId: string): Promise<Referral[]> {
    return this.referrals.find({ tenant, caseId }, { sort: { madeAt: 1, id: 1 } });
  }
}
