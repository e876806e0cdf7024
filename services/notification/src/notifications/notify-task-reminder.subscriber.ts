import { caseTaskDueV1, caseTaskOverdueV1, type EventOf } from '@corredor/contracts';
import { on, orderedSubscription, type Subscription } from '@corredor/messaging';
import { AUDIENCES } from './notification';
import { notify, type NotifyDeps } from './notify';

/** Due and overdue reminders of a task, in one group so a task's two reminders keep their order. */
export const config = { group: 'notification.task-reminders', events: [caseTaskDueV1, caseTaskOverdueV1] } as const;

/** To the task's assignee, or to everyone at the centre when the task is the centre's. */
const remind =
  (deps: NotifyDeps, overdue: boolean) =>
  async (event: EventOf<typeof caseTaskDueV1> | EventOf<typeof caseTaskOverdueV1>): Promise<void> => {
    const { assignee, caseId, taskId } = event.data;
    await notify(deps, event, {
      kind: overdue ? 'case.task-overdue' : 'case.task-due',
      priority: overdue ? 'high' : 'normal',
      audience: assignee ? AUDIENCES.user(assignee) : AUDIENCES.everyone(),
      subject: { caseId, taskId },
    });
  };

export const subscription = (deps: NotifyDeps): Subscription =>
  orderedSubscription(config.group, [on(caseTaskDueV1, remind(deps, false)), on(caseTaskOverdueV1, remind(deps, true))]);
