import { randomUUID } from 'node:crypto';
import { consentGivenV1, consentWithdrawnV1, personErasedV1 } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import type { ReferableCaseRepository } from '../referable-cases/referable-case';
import type { ReferralRepository } from '../referrals/referral.repository';
import { withdrawConsentUseCase } from '../referrals/withdraw-consent.use-case';
import type { SharingConsentRepository } from './sharing-consent';

/**
 * Both consent events in one group, from the consent topic (never the intake topic and its personal
 * data): they are keyed by person, so a withdrawal and a later consent arrive in order.
 */
export const config = { group: 'referral.sharing-consents' } as const;

export interface TrackSharingConsentsDeps {
  consents: SharingConsentRepository;
  referrals: ReferralRepository;
  cases: ReferableCaseRepository;
  clock: () => Date;
  outboxWritten: () => void;
}

export const handlers = (deps: TrackSharingConsentsDeps): TypedHandler[] => [
  on(consentGivenV1, async (event) => {
    const { personId, consentId, scope, givenAt } = event.data;
    if (scope.purpose !== 'share-with-partner') return;
    await deps.consents.record({ tenant: event.tenantid, personId, partnerId: scope.partnerId, consentId, state: 'given', changedAt: new Date(givenAt) });
  }),
  on(consentWithdrawnV1, async (event) => {
    const { personId, consentId, scope, withdrawnAt } = event.data;
    if (scope.purpose !== 'share-with-partner') return;
    const at = new Date(withdrawnAt);
    await deps.consents.record({ tenant: event.tenantid, personId, partnerId: scope.partnerId, consentId, state: 'withdrawn', changedAt: at });
    // Written first, then read: a referral being made right now either sees the withdrawal or is seen here (see makeReferralUseCase).
    if ((await deps.consents.find(event.tenantid, personId, scope.partnerId))?.state === 'withdrawn') {
      const cause = { correlationId: event.correlationid, causationId: event.id };
      await withdrawConsentUseCase(deps, { tenant: event.tenantid, personId, partnerId: scope.partnerId, at, cause });
    }
  }),
  // In this group so a consent the person gave before being erased, redelivered late, cannot come back after it.
  on(personErasedV1, async (event) => {
    const { tenantid: tenant, data } = event;
    await deps.consents.forgetPerson(tenant, data.personId);
    // One new random id for all their rows: the history of referrals stays, the link to the person goes.
    const unlinked = randomUUID();
    await deps.referrals.unlinkPerson(tenant, data.personId, unlinked);
    await deps.cases.unlinkPerson(tenant, data.personId, unlinked);
  }),
];
