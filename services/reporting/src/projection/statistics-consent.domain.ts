import type { PersonFact } from './reporting-facts';

/**
 * Whether a withdrawn statistics consent keeps a case out of every figure: a withdrawal takes out
 * each case of the person opened until then, earlier periods included, and a consent given again
 * later does not bring them back. A case opened after it counts if its opening says the person
 * agreed (the intake's consents at the time). Decided by the events' own dates, never by the order
 * reporting hears of them, so a rebuild from the topics gives the same figures as the live run.
 */
export function keptOutBy(person: Pick<PersonFact, 'withdrawnAt'> | null, openedAt: Date): boolean {
  const withdrawnAt = person?.withdrawnAt ?? null;
  return withdrawnAt !== null && openedAt.getTime() <= withdrawnAt.getTime();
}
