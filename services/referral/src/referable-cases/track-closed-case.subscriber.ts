import { caseClosedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import type { ReferableCaseRepository } from './referable-case';

export const config: SubscriberConfig<typeof caseClosedV1> = { group: 'referral.track-closed-cases', event: caseClosedV1 };

/** Case events are keyed by case id, so a case's closing never overtakes its opening. */
export const handler =
  (deps: { cases: ReferableCaseRepository }): EventHandler<typeof caseClosedV1> =>
  async (event) => {
    await deps.cases.recordClosed(event.tenantid, event.data.caseId);
  };
