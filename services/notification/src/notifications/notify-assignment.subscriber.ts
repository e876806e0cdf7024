import { caseAssignedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { AUDIENCES } from './notification';
import { notify, type NotifyDeps } from './notify';

export const config: SubscriberConfig<typeof caseAssignedV1> = { group: 'notification.assignment', event: caseAssignedV1 };

/** Tells a member of staff a case is now theirs, unless they took it themselves. */
export const handler =
  (deps: NotifyDeps): EventHandler<typeof caseAssignedV1> =>
  async (event) => {
    if (event.data.assignee === event.data.assignedBy) return;
    await notify(deps, event, { kind: 'case.assigned', priority: 'normal', audience: AUDIENCES.user(event.data.assignee), subject: { caseId: event.data.caseId } });
  };
