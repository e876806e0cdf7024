import { randomUUID } from 'node:crypto';
import type { CaseOutcome, CasePriority, CaseStatus } from '@corredor/contracts';
import type { CaseDecision, StatusChange } from './case.domain';

/**
 * One status change, assignment or consent change of a case, kept in its own collection in the same
 * transaction as the change. `id` is the timeline entry id: `status:<uuid>`, `assignment:<uuid>` or
 * `consent:<uuid>`.
 */
export type CaseHistoryEntry = {
  id: string;
  tenant: string;
  caseId: string;
  at: Date;
  /** Staff user id, or null when the system did it (a subscriber). */
  by: string | null;
} & (
  | { kind: 'status'; detail: { change: StatusChange; from: CaseStatus | null; to: CaseStatus; outcome: CaseOutcome | null; priority: CasePriority } }
  | { kind: 'assignment'; detail: { from: string | null; to: string | null } }
  | { kind: 'consent'; detail: { purpose: 'statistics'; given: boolean } }
);

/** The history entries of a decision, stamped with who and when. */
export function historyEntries(decision: CaseDecision, context: { now: Date; actor: string | null }, newId: () => string = randomUUID): CaseHistoryEntry[] {
  const base = { tenant: decision.case.tenant, caseId: decision.case.id, at: context.now, by: context.actor };
  return decision.history.map((change): CaseHistoryEntry => {
    if (change.kind === 'assignment') return { ...base, id: `assignment:${newId()}`, kind: 'assignment', detail: { from: change.from, to: change.to } };
    if (change.kind === 'consent') return { ...base, id: `consent:${newId()}`, kind: 'consent', detail: { purpose: change.purpose, given: change.given } };
    const { kind: _kind, ...detail } = change;
    return { ...base, id: `status:${newId()}`, kind: 'status', detail };
  });
}
