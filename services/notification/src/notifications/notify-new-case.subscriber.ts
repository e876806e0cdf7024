import { caseOpenedV3 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { AUDIENCES } from './notification';
import { notify, type NotifyDeps } from './notify';

export const config: SubscriberConfig<typeof caseOpenedV3> = { group: 'notification.new-case', event: caseOpenedV3 };

/**
 * Tells everyone at the centre about a new case; a high-priority one says so, at high priority.
 * (The coordinators' own alert comes from the case.risk-flagged that opening raises.)
 */
export const handler =
  (deps: NotifyDeps): EventHandler<typeof caseOpenedV3> =>
  async (event) => {
    const highRisk = event.data.priority === 'high';
    await notify(deps, event, {
      kind: 'case.opened',
      highRisk,
      priority: highRisk ? 'high' : 'normal',
      audience: AUDIENCES.everyone(),
      subject: { caseId: event.data.caseId },
    });
  };
