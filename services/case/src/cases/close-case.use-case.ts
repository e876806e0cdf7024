import { caseClosedV1, createEvent, DomainError, type CaseOutcome } from '@corredor/contracts';
import { toOutboxRecord } from '@corredor/messaging';
import { VersionConflictError } from '@corredor/persistence';
import type { Principal } from '@corredor/service-kit';
import { closeCase, type Case } from './case.domain';
import type { CaseRepository } from './case.repository';

export interface CloseCaseDeps {
  cases: CaseRepository;
  clock: () => Date;
  outboxWritten: () => void;
}

export interface CloseCaseInput {
  principal: Principal;
  caseId: string;
  outcome: CaseOutcome;
  /** The version the member of staff saw; a change made meanwhile by someone else is a conflict. */
  expectedVersion: number;
  requestId: string;
}

export async function closeCaseUseCase(deps: CloseCaseDeps, input: CloseCaseInput): Promise<Case> {
  const tenant = input.principal.centre;
  const current = await deps.cases.findById(tenant, input.caseId);
  if (!current) throw new DomainError('CASE.NOT_FOUND', 'not-found', 'No such case at this centre.');
  if (current.version !== input.expectedVersion) {
    throw new DomainError('CASE.VERSION_CONFLICT', 'conflict', 'The case changed since you loaded it; reload and try again.');
  }
  const now = deps.clock();
  const closed = closeCase(current, { outcome: input.outcome }, now);
  const event = createEvent(
    caseClosedV1,
    { caseId: closed.id, outcome: input.outcome, closedAt: now.toISOString() },
    { tenant, source: '/corredor/case', correlationId: input.requestId, causationId: input.requestId, subject: closed.id, time: now },
  );
  try {
    await deps.cases.update(closed, current.version, [toOutboxRecord(caseClosedV1, event, closed.id, now)]);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new DomainError('CASE.VERSION_CONFLICT', 'conflict', 'The case changed since you loaded it; reload and try again.');
    }
    throw error;
  }
  deps.outboxWritten();
  return { ...closed, version: current.version + 1 };
}
