import { caseOpenedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import type { ReferableCaseRepository } from './referable-case';

export const config: SubscriberConfig<typeof caseOpenedV1> = { group: 'referral.track-opened-cases', event: caseOpenedV1 };

export const handler =
  (deps: { cases: ReferableCaseRepository }): EventHandler<typeof caseOpenedV1> =>
  async (event) => {
    await deps.cases.recordOpened(event.tenantid, event.data.caseId, new Date(event.data.openedAt));
  };
