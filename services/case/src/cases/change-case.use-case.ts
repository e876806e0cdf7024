import { DomainError } from '@corredor/contracts';
import { VersionConflictError } from '@corredor/persistence';
import type { Case, CaseDecision, DecisionContext } from './case.domain';
import { caseEventRecords, type Causation } from './case-events';
import { historyEntries } from './case-history';
import type { CaseRepository } from './case.repository';

export interface CaseStoreDeps {
  cases: CaseRepository;
  clock: () => Date;
  outboxWritten: () => void;
}

export const caseNotFound = () => new DomainError('CASE.NOT_FOUND', 'not-found', 'No such case at this centre.');
export const versionConflict = () => new DomainError('CASE.VERSION_CONFLICT', 'conflict', 'The case changed since you loaded it; reload and try again.');

/** A case of the centre, or 404 (another centre's case is not found, never forbidden). */
export async function caseOfCentre(cases: Pick<CaseRepository, 'findById'>, tenant: string, id: string): Promise<Case> {
  const kase = await cases.findById(tenant, id);
  if (!kase) throw caseNotFound();
  return kase;
}

/**
 * Saves a decision on a case that was at `expectedVersion`: the case, its events (outbox) and its
 * history in one transaction. A decision that changed nothing is not saved. A write that lost a
 * race is a VersionConflictError for the caller to handle.
 */
export async function saveDecision<D extends CaseDecision>(
  deps: CaseStoreDeps,
  current: Case | null,
  decision: D,
  meta: Causation & DecisionContext,
): Promise<D> {
  if (decision.case === current) return decision;
  const kase = decision.case;
  const write = {
    events: caseEventRecords(decision.events, { ...meta, tenant: kase.tenant, caseId: kase.id }),
    history: historyEntries(decision, meta),
  };
  if (current) await deps.cases.update(kase, current.version, write);
  else await deps.cases.add(kase, write);
  if (write.events.length > 0) deps.outboxWritten();
  return decision;
}

export interface ChangeCaseInput {
  tenant: string;
  caseId: string;
  /** Staff user id of who asks. */
  actor: string;
  /** The version the member of staff saw; a change made meanwhile by someone else is a conflict. */
  expectedVersion: number;
  requestId: string;
}

/**
 * A member of staff changes a case: the case of their centre at the version they saw, the domain
 * decides, and the decision is saved with its events and history.
 */
export async function changeCaseUseCase<D extends CaseDecision>(
  deps: CaseStoreDeps,
  input: ChangeCaseInput,
  decide: (current: Case, context: DecisionContext) => D,
): Promise<D> {
  const current = await caseOfCentre(deps.cases, input.tenant, input.caseId);
  if (current.version !== input.expectedVersion) throw versionConflict();
  const context = { now: deps.clock(), actor: input.actor };
  const decision = decide(current, context);
  try {
    return await saveDecision(deps, current, decision, { ...context, correlationId: input.requestId, causationId: input.requestId });
  } catch (error) {
    if (error instanceof VersionConflictError) throw versionConflict();
    throw error;
  }
}
