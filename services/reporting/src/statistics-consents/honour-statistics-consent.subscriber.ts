import { randomUUID } from 'node:crypto';
import { consentGivenV1, consentWithdrawnV1, personErasedV1 } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import type { ServedPersonRepository } from '../people-served/served-person.repository';
import type { StatisticsConsentRepository } from './statistics-consent';

/** Both consent events in one group: keyed by person, so a withdrawal and a later consent arrive in order. */
export const config = { group: 'reporting.statistics-consents' } as const;

/**
 * A withdrawn statistics consent removes the person's cases from every figure, past periods
 * included. A later consent does not bring them back: what was removed is gone (reporting keeps
 * no copy), and only cases that reach reporting from then on are counted.
 */
export const handlers = (deps: { consents: StatisticsConsentRepository; people: ServedPersonRepository }): TypedHandler[] => [
  on(consentGivenV1, async (event) => {
    const { personId, scope, givenAt } = event.data;
    if (scope.purpose !== 'statistics') return;
    await deps.consents.record({ tenant: event.tenantid, personId, state: 'given', changedAt: new Date(givenAt) });
  }),
  on(consentWithdrawnV1, async (event) => {
    const { personId, scope, withdrawnAt } = event.data;
    if (scope.purpose !== 'statistics') return;
    await deps.consents.record({ tenant: event.tenantid, personId, state: 'withdrawn', changedAt: new Date(withdrawnAt) });
    // Written first, then the rows removed: a case being counted right now either sees the withdrawal or is removed here (see count-person-served).
    if (await deps.consents.isWithdrawn(event.tenantid, personId)) await deps.people.forgetPerson(event.tenantid, personId);
  }),
  // Erasure leaves the figures as they were: the person's cases stay counted, under an id that leads nowhere.
  on(personErasedV1, async (event) => {
    await deps.people.unlinkPerson(event.tenantid, event.data.personId, randomUUID());
  }),
];
