import { caseRiskFlaggedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { AUDIENCES } from './notification';
import { notify, type NotifyDeps } from './notify';

export const config: SubscriberConfig<typeof caseRiskFlaggedV1> = { group: 'notification.high-risk', event: caseRiskFlaggedV1 };

/** Risk flags that leave a case at high priority (at opening or later) alert the centre's coordinators. */
export const handler =
  (deps: NotifyDeps): EventHandler<typeof caseRiskFlaggedV1> =>
  async (event) => {
    if (event.data.priority !== 'high') return;
    await notify(deps, event, { kind: 'case.high-risk', priority: 'high', audience: AUDIENCES.coordinators(), subject: { caseId: event.data.caseId } });
  };
