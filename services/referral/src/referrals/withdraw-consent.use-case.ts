import { withdrawConsent, type Referral } from './referral.domain';
import { referralStatusChangedRecord, type Causation } from './referral-events';
import type { ReferralRepository } from './referral.repository';

export interface WithdrawConsentDeps {
  referrals: ReferralRepository;
  clock: () => Date;
  outboxWritten: () => void;
}

/**
 * The person withdrew their consent to share with a partner: each of their pending referrals to it
 * stops, and each stop is announced (referral.status-changed) in the same transaction. Idempotent:
 * a referral already stopped, or concluded meanwhile, is left as it is and announced no more.
 * Answers the referrals it stopped.
 */
export async function withdrawConsentUseCase(
  deps: WithdrawConsentDeps,
  input: { tenant: string; personId: string; partnerId: string; at: Date; cause: Causation },
): Promise<Referral[]> {
  const stopped: Referral[] = [];
  for (const referral of await deps.referrals.listStoppable(input.tenant, input.personId, input.partnerId)) {
    const change = withdrawConsent(referral, input.at);
    if (!change) continue;
    if (await deps.referrals.changeStatus(change.after, change.before.status, [referralStatusChangedRecord(change, input.cause, deps.clock())])) stopped.push(change.after);
  }
  if (stopped.length > 0) deps.outboxWritten();
  return stopped;
}
