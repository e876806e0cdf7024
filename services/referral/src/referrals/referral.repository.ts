import type { Referral } from './referral.domain';

export interface ReferralRepository {
  add(referral: Referral): Promise<void>;
  listForCase(tenant: string, caseId: string): Promise<Referral[]>;
}
