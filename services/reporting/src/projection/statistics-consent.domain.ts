import type { PersonFact } from './reporting-facts';

/**
 * Whether the person's decisions keep a case out of every figure. An erasure takes out every case
 * of the person, whatever its date. A withdrawn statistics consent takes out each case of the person
 * opened until then, earlier periods included, and a consent given again later does not bring them
 * back; a case opened after it counts if its opening says the person agreed (the intake's consents
 * at the time). Decided by the events' own dates, never by the order reporting hears of them, so a
 * rebuild from the topics gives the same figures as the live run.
 */
export function keptOutBy(person: Pick<PersonFact, 'withdrawnAt' | 'erased'> | null, openedAt: Date): boolean {
  if (person?.erased) return true;
  const withdrawnAt = person?.withdrawnAt ?? null;
  return withdrawnAt !== null && openedAt.getTime() <= withdrawnAt.getTime();
}
