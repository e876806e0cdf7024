import { orderedSubscription, type Subscription } from '@corredor/messaging';
import type { ServiceDeps } from '@corredor/service-kit';
import * as projection from './consent-projection.subscriber';
import type { ConsentRepository, PersonConsents } from './consent.repository';
import { MemoryConsentRepository } from './consent.repository.memory';
import { MongoConsentRepository } from './consent.repository.mongo';

export interface ConsentProjection {
  /** What transfers (and any other case feature) ask. */
  consents: PersonConsents;
  /** Deletes every consent held of an erased person at the centre. */
  erasePerson(tenant: string, personId: string): Promise<void>;
  subscriptions: Subscription[];
  isReachable(): Promise<boolean>;
}

/**
 * The case service's view of each person's consents, fed by intake.submitted, consent.given and
 * consent.withdrawn. Pass `consents` to use a given store (tests); otherwise MongoDB when the
 * service has it, memory when not. With `cases`, a statistics consent given or withdrawn updates
 * whether the person's cases count in statistics.
 */
export function consentProjection(deps: { mongo: ServiceDeps['mongo']; consents?: ConsentRepository; cases?: projection.CasesCountedInStatistics }): ConsentProjection {
  const consents = deps.consents ?? (deps.mongo ? new MongoConsentRepository(deps.mongo) : new MemoryConsentRepository());
  const handlerDeps: projection.ConsentProjectionDeps = { consents, ...(deps.cases ? { cases: deps.cases } : {}) };
  return {
    consents,
    erasePerson: (tenant, personId) => consents.eraseOfPerson(tenant, personId),
    subscriptions: [orderedSubscription(projection.group, projection.handlers(handlerDeps)), orderedSubscription(projection.intakeGroup, projection.intakeHandlers(handlerDeps))],
    isReachable: () => consents.isReachable(),
  };
}
