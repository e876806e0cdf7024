import type { ConsentScope } from '@corredor/contracts';
import type { ConsentChange, ConsentDecision, ConsentQuery } from './consent.domain';

/** What other case features ask about a person's consents (a transfer needs the `transfer` one). */
export interface PersonConsents {
  /** Whether the person, as known at this centre, currently consents to this purpose (or this exact scope). */
  hasConsent(tenant: string, personId: string, query: ConsentQuery): Promise<boolean>;
  /** The latest decision held on this exact scope, given or withdrawn, and when it was made; null when none is known. */
  latestDecision(tenant: string, personId: string, scope: ConsentScope): Promise<ConsentDecision | null>;
}

/** The case service's projection of the intake service's consent events. */
export interface ConsentRepository extends PersonConsents {
  /**
   * Applies a change unless a later decision on the same scope is already held (see `supersedes`):
   * replays and late arrivals leave the latest decision in place. Returns whether it was applied.
   */
  record(change: ConsentChange): Promise<boolean>;
  /** The person was erased: every consent held of them at the centre goes. Idempotent. */
  eraseOfPerson(tenant: string, personId: string): Promise<void>;
  isReachable(): Promise<boolean>;
}
