import type { ConsentPurpose, ConsentScope } from '@corredor/contracts';

/**
 * What the case service knows of one consent of one person: given or withdrawn, and when that was
 * decided. One record per person and scope (a purpose, with its partner or channel).
 */
export interface ConsentRecord {
  /** `<tenant>/<personId>/<scope key>` */
  id: string;
  tenant: string;
  personId: string;
  scope: ConsentScope;
  scopeKey: string;
  given: boolean;
  /** When the person gave or withdrew it (the event's own time, not when it arrived here). */
  decidedAt: Date;
}

/** What is held on one scope: given or withdrawn, and when the person decided. */
export type ConsentDecision = Pick<ConsentRecord, 'given' | 'decidedAt'>;

/** A change as events report it: the intake's consents, a consent given later, a withdrawal. */
export interface ConsentChange {
  tenant: string;
  personId: string;
  scope: ConsentScope;
  given: boolean;
  at: Date;
}

/** `transfer`, `contact:whatsapp`, `share-with-partner:<partner id>`. */
export function scopeKeyOf(scope: ConsentScope): string {
  switch (scope.purpose) {
    case 'contact':
      return `contact:${scope.channel}`;
    case 'share-with-partner':
      return `share-with-partner:${scope.partnerId}`;
    default:
      return scope.purpose;
  }
}

/** The id of the one record per person and scope. */
export function consentIdOf(tenant: string, personId: string, scope: ConsentScope): string {
  return `${tenant}/${personId}/${scopeKeyOf(scope)}`;
}

export function consentRecordOf(change: ConsentChange): ConsentRecord {
  const scopeKey = scopeKeyOf(change.scope);
  return {
    id: consentIdOf(change.tenant, change.personId, change.scope),
    tenant: change.tenant,
    personId: change.personId,
    scope: change.scope,
    scopeKey,
    given: change.given,
    decidedAt: change.at,
  };
}

/**
 * Whether a change replaces what is held. Events may arrive late or twice, so the latest decision
 * wins whatever the order of arrival; at the same instant a withdrawal wins, as doing too little
 * with a person's data is the safe side.
 */
export function supersedes(change: Pick<ConsentRecord, 'given' | 'decidedAt'>, held: Pick<ConsentRecord, 'given' | 'decidedAt'> | null): boolean {
  if (!held) return true;
  const [next, current] = [change.decidedAt.getTime(), held.decidedAt.getTime()];
  return next > current || (next === current && !change.given && held.given);
}

/** A bare purpose asks for any consent of that purpose (any channel, any partner); a scope asks for that one. */
export type ConsentQuery = ConsentPurpose | ConsentScope;

export function purposeOf(query: ConsentQuery): ConsentPurpose {
  return typeof query === 'string' ? query : query.purpose;
}
