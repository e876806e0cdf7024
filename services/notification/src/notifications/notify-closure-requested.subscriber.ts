import { caseClosureRequestedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import { AUDIENCES } from './notification';
import { notify, type NotifyDeps } from './notify';

export const config: SubscriberConfig<typeof caseClosureRequestedV1> = { group: 'notification.closure-requested', event: caseClosureRequestedV1 };

/**
 * The closure of a high-priority case waits for a coordinator's sign-off: the centre's coordinators
 * are told, or the case would stay open with nobody knowing a decision is theirs.
 */
export const handler =
  (deps: NotifyDeps): EventHandler<typeof caseClosureRequestedV1> =>
  async (event) => {
    await notify(deps, event, { kind: 'case.closure-requested', priority: 'high', audience: AUDIENCES.coordinators(), subject: { caseId: event.data.caseId } });
  };
