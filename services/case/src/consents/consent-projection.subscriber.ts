import { consentGivenV1, consentWithdrawnV1, intakeSubmittedV2 } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import type { ConsentRepository } from './consent.repository';

/**
 * One consumer group for the three events, so a person's consents are applied in the order the
 * intake service published them (all keyed by person id on the intake topic). Each change is also
 * idempotent on its own (the latest decision wins), so a redelivery or a replay changes nothing.
 */
export const group = 'case.consent-projection';

export interface ConsentProjectionDeps {
  consents: ConsentRepository;
}

export const handlers = (deps: ConsentProjectionDeps): TypedHandler[] => [
  on(intakeSubmittedV2, async (event) => {
    const at = new Date(event.data.submittedAt);
    for (const scope of event.data.consents) {
      await deps.consents.record({ tenant: event.tenantid, personId: event.data.personId, scope, given: true, at });
    }
  }),
  on(consentGivenV1, async (event) => {
    const { personId, scope, givenAt } = event.data;
    await deps.consents.record({ tenant: event.tenantid, personId, scope, given: true, at: new Date(givenAt) });
  }),
  on(consentWithdrawnV1, async (event) => {
    const { personId, scope, withdrawnAt } = event.data;
    await deps.consents.record({ tenant: event.tenantid, personId, scope, given: false, at: new Date(withdrawnAt) });
  }),
];
