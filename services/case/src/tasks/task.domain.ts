import { dayIn, DomainError, endOfDay, startOfDay, type CalendarDay } from '@corredor/contracts';

export const TASK_KINDS = ['hearing', 'card-renewal', 'signing-appointment', 'call-back', 'document', 'other'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** When a task is due, as staff give it: a day (in the centre's time zone) or an instant. */
export type TaskDue = { dueOn: CalendarDay } | { dueAt: Date };

/**
 * What the due scan still has to announce for the task's current due date. Both are cleared by the
 * claim that announces them (in the transaction that writes the event), so each goes out once;
 * rescheduling arms them again under a new revision.
 */
export interface TaskReminders {
  /** Bumped at every reschedule: a claim made for an earlier due date no longer matches. */
  revision: number;
  /** When to announce that the task is due (the start of its day); null once announced or no longer wanted. */
  dueNoticeAt: Date | null;
  /** When to announce that it is overdue; null once announced or no longer wanted. */
  overdueNoticeAt: Date | null;
}

/** A due-dated follow-up on a case: a hearing tomorrow, a card renewal next month, a call back. */
export interface Task {
  id: string;
  tenant: string;
  caseId: string;
  kind: TaskKind;
  /** Free text that may name the person: never in events or logs. */
  title: string;
  /** The day it is due in the centre's time zone (a timed task's day). */
  dueOn: CalendarDay;
  /** The instant, for a timed task; null for a task due on a day. */
  dueAt: Date | null;
  /** When it falls due: the start of its day, or its instant. Lists sort on it. */
  dueFrom: Date;
  /** When it becomes overdue: the end of its day, or its instant. */
  overdueFrom: Date;
  /** Staff user id; null: the centre's, anyone may take it. */
  assignee: string | null;
  status: TaskStatus;
  createdBy: string;
  createdAt: Date;
  completedBy: string | null;
  completedAt: Date | null;
  cancelledBy: string | null;
  cancelledAt: Date | null;
  reminders: TaskReminders;
  version: number;
}

type TaskAction = 'edit' | 'complete' | 'cancel';

/** The task lifecycle in one table: what each action leads to from each status (absent: refused). */
const TRANSITIONS: Record<TaskStatus, Partial<Record<TaskAction, TaskStatus>>> = {
  open: { edit: 'open', complete: 'done', cancel: 'cancelled' },
  done: {},
  cancelled: {},
};

function transition(task: Task, action: TaskAction): TaskStatus {
  const next = TRANSITIONS[task.status][action];
  if (!next) throw new DomainError('TASK.INVALID_TRANSITION', 'conflict', `This task is ${task.status === 'done' ? 'already done' : 'cancelled'}.`);
  return next;
}

/** When a due date starts and ends in the centre's time zone. */
export function scheduleOf(due: TaskDue, timeZone: string): Pick<Task, 'dueOn' | 'dueAt' | 'dueFrom' | 'overdueFrom'> {
  if ('dueOn' in due) {
    return { dueOn: due.dueOn, dueAt: null, dueFrom: startOfDay(due.dueOn, timeZone), overdueFrom: endOfDay(due.dueOn, timeZone) };
  }
  return { dueOn: dayIn(due.dueAt, timeZone), dueAt: due.dueAt, dueFrom: due.dueAt, overdueFrom: due.dueAt };
}

function armed(schedule: Pick<Task, 'dueOn' | 'overdueFrom'>, revision: number, timeZone: string): TaskReminders {
  return { revision, dueNoticeAt: startOfDay(schedule.dueOn, timeZone), overdueNoticeAt: schedule.overdueFrom };
}

const disarmed = (reminders: TaskReminders): TaskReminders => ({ ...reminders, dueNoticeAt: null, overdueNoticeAt: null });

export interface NewTask {
  kind: TaskKind;
  title: string;
  due: TaskDue;
  assignee: string | null;
}

/** A task is added to an open or active case only. */
export function newTask(
  caseStatus: 'open' | 'active' | 'closed',
  command: NewTask,
  context: { id: string; tenant: string; caseId: string; userId: string; now: Date; timeZone: string },
): Task {
  if (caseStatus === 'closed') throw new DomainError('CASE.CLOSED', 'conflict', 'The case is closed; reopen it before adding tasks.');
  const schedule = scheduleOf(command.due, context.timeZone);
  return {
    id: context.id,
    tenant: context.tenant,
    caseId: context.caseId,
    kind: command.kind,
    title: command.title,
    ...schedule,
    assignee: command.assignee,
    status: 'open',
    createdBy: context.userId,
    createdAt: context.now,
    completedBy: null,
    completedAt: null,
    cancelledBy: null,
    cancelledAt: null,
    reminders: armed(schedule, 1, context.timeZone),
    version: 1,
  };
}

export interface TaskChange {
  title?: string;
  due?: TaskDue;
  /** null: give it back to the centre. */
  assignee?: string | null;
}

const sameDue = (task: Task, schedule: Pick<Task, 'dueOn' | 'dueAt'>) =>
  task.dueOn === schedule.dueOn && (task.dueAt?.getTime() ?? null) === (schedule.dueAt?.getTime() ?? null);

/** Edits an open task; a new due date arms its reminders again (`rescheduled`). */
export function changeTask(task: Task, change: TaskChange, context: { timeZone: string }): { task: Task; rescheduled: boolean } {
  transition(task, 'edit');
  const schedule = change.due ? scheduleOf(change.due, context.timeZone) : null;
  const rescheduled = schedule !== null && !sameDue(task, schedule);
  return {
    task: {
      ...task,
      ...(change.title === undefined ? {} : { title: change.title }),
      ...(change.assignee === undefined ? {} : { assignee: change.assignee }),
      ...(schedule && rescheduled ? { ...schedule, reminders: armed(schedule, task.reminders.revision + 1, context.timeZone) } : {}),
    },
    rescheduled,
  };
}

export function completeTask(task: Task, context: { userId: string; now: Date }): Task {
  return { ...task, status: transition(task, 'complete'), completedBy: context.userId, completedAt: context.now, reminders: disarmed(task.reminders) };
}

export function cancelTask(task: Task, context: { userId: string; now: Date }): Task {
  return { ...task, status: transition(task, 'cancel'), cancelledBy: context.userId, cancelledAt: context.now, reminders: disarmed(task.reminders) };
}

/** Its due time has passed and it is still open. */
export function isOverdue(task: Task, now: Date): boolean {
  return task.status === 'open' && task.overdueFrom.getTime() <= now.getTime();
}

export type TaskReminder = 'due' | 'overdue';

/**
 * What the due scan should announce now, if anything. A task found already overdue is announced
 * as overdue only: "due today" would come too late to help.
 */
export function reminderToSend(task: Pick<Task, 'status' | 'reminders'>, now: Date): TaskReminder | null {
  if (task.status !== 'open') return null;
  const { dueNoticeAt, overdueNoticeAt } = task.reminders;
  if (overdueNoticeAt && overdueNoticeAt.getTime() <= now.getTime()) return 'overdue';
  if (dueNoticeAt && dueNoticeAt.getTime() <= now.getTime()) return 'due';
  return null;
}
