import type { ReferralStatus } from '@corredor/contracts';
import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { statusesAccepting, type Referral } from './referral.domain';
import { referralOrder, statusFields, type ReferralPosition, type ReferralRepository } from './referral.repository';

export class MemoryReferralRepository implements ReferralRepository {
  private readonly referrals = new MemoryCollection<Referral>('referrals');

  constructor(private readonly outbox: MemoryOutbox) {}

  async add(referral: Referral, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.referrals, this.outbox.collection], () => {
      this.referrals.insert(referral);
      this.outbox.add(events);
    });
  }

  async find(tenant: string, caseId: string, id: string): Promise<Referral | null> {
    return this.referrals.findOne({ id, tenant, caseId }) ?? null;
  }

  async listForCase(tenant: string, caseId: string, page: { after: ReferralPosition | null; limit: number }): Promise<Referral[]> {
    const order = referralOrder('id');
    return this.referrals.find(
      { tenant, caseId, ...(page.after ? afterPosition(order, page.after) : {}) },
      { sort: Object.fromEntries(order), limit: page.limit },
    );
  }

  async listStoppable(tenant: string, personId: string, partnerId: string): Promise<Referral[]> {
    return this.referrals.find({ tenant, personId, partnerId, status: { $in: statusesAccepting('withdraw-consent') } }, { sort: { madeAt: 1, id: 1 } });
  }

  async changeStatus(changed: Referral, from: ReferralStatus, events: OutboxRecord[]): Promise<boolean> {
    return memoryTransaction([this.referrals, this.outbox.collection], () => {
      const written = this.referrals.updateWhere({ id: changed.id, tenant: changed.tenant, status: from }, (stored) => ({ ...stored, ...statusFields(changed) }));
      if (written === 0) return false;
      this.outbox.add(events);
      return true;
    });
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return this.referrals.updateWhere({ tenant, personId }, (referral) => ({ ...referral, personId: unlinkedId }));
  }
}
