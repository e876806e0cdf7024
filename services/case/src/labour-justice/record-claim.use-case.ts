import { caseLabourClaimChangedV1, createEvent } from '@corredor/contracts';
import { toOutboxRecord, type OutboxRecord } from '@corredor/messaging';
import type { CentreDirectoryView, Principal } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import { centreToday, refuseDaysAfter, workableCaseAt, type CaseLookup } from '../timeline/case-work';
import { recordClaim, type ClaimDates, type LabourClaim, type NewClaim } from './labour-claim.domain';
import type { LabourClaimRepository } from './labour-claim.repository';
import { fromCents } from './money.domain';

export interface LabourClaimDeps {
  claims: LabourClaimRepository;
  cases: CaseLookup;
  clock: () => Date;
  outboxWritten: () => void;
  centres: CentreDirectoryView;
  newId?: () => string;
}

const decimal = (cents: number | null) => (cents === null ? null : fromCents(cents));

/**
 * case.labour-claim-changed, carrying types, status and amounts only (never the employer): what a
 * settlement agreed and what a judgment awarded travel apart, as staff recorded them.
 */
export function claimChangedRecord(claim: LabourClaim, meta: { requestId: string; now: Date }): OutboxRecord {
  const event = createEvent(
    caseLabourClaimChangedV1,
    {
      caseId: claim.caseId,
      claimId: claim.id,
      claimType: claim.claimType,
      authority: claim.authority,
      status: claim.status,
      currency: claim.currency,
      amountClaimed: decimal(claim.amounts.claimed),
      amountAgreed: decimal(claim.amounts.agreed),
      amountAwarded: decimal(claim.amounts.awarded),
      amountReceived: decimal(claim.amounts.received),
      changedAt: meta.now.toISOString(),
    },
    { tenant: claim.tenant, source: '/corredor/case', correlationId: meta.requestId, causationId: meta.requestId, subject: claim.caseId, time: meta.now },
  );
  return toOutboxRecord(caseLabourClaimChangedV1, event, claim.caseId, meta.now);
}

/** The key dates of a claim are days that have passed. */
export function refuseFutureClaimDates(today: string, dates: Partial<ClaimDates> | undefined): void {
  refuseDaysAfter(today, [
    ['body.dates.conciliationFiledOn', dates?.conciliationFiledOn],
    ['body.dates.agreementOn', dates?.agreementOn],
    ['body.dates.judgmentOn', dates?.judgmentOn],
  ]);
}

export async function recordClaimUseCase(
  deps: LabourClaimDeps,
  input: { principal: Principal; caseId: string; command: NewClaim; requestId: string },
): Promise<LabourClaim> {
  const tenant = input.principal.centre;
  await workableCaseAt(deps.cases, tenant, input.caseId);
  const now = deps.clock();
  refuseFutureClaimDates(centreToday(deps.centres, tenant, now), input.command.dates);
  const newId = deps.newId ?? randomUUID;
  const { claim, steps } = recordClaim(input.command, { id: newId(), tenant, caseId: input.caseId, by: input.principal.userId, now, newId });
  await deps.claims.add(claim, steps, [claimChangedRecord(claim, { requestId: input.requestId, now })]);
  deps.outboxWritten();
  return claim;
}
