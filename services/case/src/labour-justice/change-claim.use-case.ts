import { DomainError, isAfterDay } from '@corredor/contracts';
import { VersionConflictError } from '@corredor/persistence';
import { RequestValidationError, type Principal } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import { centreToday, refuseDaysAfter, workableCaseAt } from '../timeline/case-work';
import {
  addHearing,
  changeClaim,
  recordHearingOutcome,
  type ClaimChanges,
  type ClaimContext,
  type ClaimStep,
  type HearingKind,
  type HearingOutcome,
  type LabourClaim,
} from './labour-claim.domain';
import { claimChangedRecord, refuseFutureClaimDates, type LabourClaimDeps } from './record-claim.use-case';

interface ClaimInput {
  principal: Principal;
  caseId: string;
  claimId: string;
  /** The version staff saw; when given, a change made meanwhile by someone else is a conflict. */
  expectedVersion?: number | undefined;
  requestId: string;
}

const conflict = () => new DomainError('CASE.CLAIM_VERSION_CONFLICT', 'conflict', 'The claim changed since you loaded it; reload and try again.');

/**
 * The shape of every change to a claim: the case must take work, the claim be at this centre and
 * case (and at the version staff saw), then the claim, its history steps and its event are saved
 * together. A change that changes nothing writes nothing.
 */
async function changeWith(
  deps: LabourClaimDeps,
  input: ClaimInput,
  change: (current: LabourClaim, context: ClaimContext, today: string) => { claim: LabourClaim; steps: ClaimStep[] },
): Promise<LabourClaim> {
  const tenant = input.principal.centre;
  await workableCaseAt(deps.cases, tenant, input.caseId);
  const current = await deps.claims.findById(tenant, input.caseId, input.claimId);
  if (!current) throw new DomainError('CASE.CLAIM_NOT_FOUND', 'not-found', 'No such labour claim on this case.');
  if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) throw conflict();
  const now = deps.clock();
  const { claim, steps } = change(current, { by: input.principal.userId, now, newId: deps.newId ?? randomUUID }, centreToday(deps.centres, tenant, now));
  if (steps.length === 0) return current;
  try {
    await deps.claims.update(claim, current.version, steps, [claimChangedRecord(claim, { requestId: input.requestId, now })]);
  } catch (error) {
    if (error instanceof VersionConflictError) throw conflict();
    throw error;
  }
  deps.outboxWritten();
  return { ...claim, version: current.version + 1 };
}

export function changeClaimUseCase(deps: LabourClaimDeps, input: ClaimInput & { changes: ClaimChanges }): Promise<LabourClaim> {
  return changeWith(deps, input, (current, context, today) => {
    refuseFutureClaimDates(today, input.changes.dates);
    return changeClaim(current, input.changes, context);
  });
}

export async function addHearingUseCase(
  deps: LabourClaimDeps,
  input: ClaimInput & { hearing: { on: string; kind: HearingKind; outcome?: HearingOutcome | null | undefined } },
): Promise<{ claim: LabourClaim; hearingId: string }> {
  let hearingId = '';
  const claim = await changeWith(deps, input, (current, context, today) => {
    // A hearing may be ahead (scheduled), but its outcome is known only once it was held.
    if (input.hearing.outcome) refuseDaysAfter(today, [['body.on', input.hearing.on]]);
    const added = addHearing(current, input.hearing, context);
    hearingId = added.hearing.id;
    return added;
  });
  return { claim, hearingId };
}

export function recordHearingOutcomeUseCase(deps: LabourClaimDeps, input: ClaimInput & { hearingId: string; outcome: HearingOutcome }): Promise<LabourClaim> {
  return changeWith(deps, input, (current, context, today) => {
    const hearing = current.hearings.find((candidate) => candidate.id === input.hearingId);
    if (hearing && isAfterDay(hearing.on, today)) {
      throw new RequestValidationError([{ field: 'body.outcome', message: 'the hearing has not been held yet (it is after today at the centre)' }]);
    }
    return recordHearingOutcome(current, input.hearingId, input.outcome, context);
  });
}
