import type { Principal } from '@corredor/service-kit';
import { alreadyConcluded, recordOutcome, type Referral, type ReferralOutcome } from './referral.domain';
import { referralStatusChangedRecord } from './referral-events';
import type { ReferralRepository } from './referral.repository';

export interface RecordOutcomeDeps {
  referrals: ReferralRepository;
  clock: () => Date;
  outboxWritten: () => void;
}

/**
 * A member of staff records what came of a pending referral of their centre, announced
 * (referral.status-changed) in the same transaction. Only the first outcome counts: a retried or
 * concurrent request finds the referral concluded (409) and announces nothing.
 */
export async function recordOutcomeUseCase(
  deps: RecordOutcomeDeps,
  input: { principal: Principal; caseId: string; referralId: string; outcome: ReferralOutcome; requestId: string },
): Promise<Referral> {
  const current = await deps.referrals.find(input.principal.centre, input.caseId, input.referralId);
  const now = deps.clock();
  const change = recordOutcome(current, input.outcome, { by: input.principal.userId, now });
  const record = referralStatusChangedRecord(change, { correlationId: input.requestId, causationId: input.requestId }, now);
  if (!(await deps.referrals.changeStatus(change.after, change.before.status, [record]))) {
    const moved = await deps.referrals.find(input.principal.centre, input.caseId, input.referralId);
    throw alreadyConcluded(moved?.status ?? change.after.status);
  }
  deps.outboxWritten();
  return change.after;
}
