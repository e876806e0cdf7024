import type { CalendarDay } from '@corredor/contracts';
import type { OutboxRecord } from '@corredor/messaging';
import type { Task, TaskReminder, TaskStatus } from './task.domain';

/** A case's tasks sort open first, then by due time, then id: [0 open | 1 done or cancelled, dueFrom, id]. */
export type CaseTaskPosition = readonly [rank: number, dueFrom: Date, id: string];
/** The centre's task lists sort by due time, then id. */
export type CentreTaskPosition = readonly [dueFrom: Date, id: string];

export interface CentreTaskQuery {
  status?: TaskStatus;
  /** A staff user id, or null for the centre's unassigned tasks; absent: anyone's. */
  assignee?: string | null;
  /** Only tasks overdue at this instant (still open, due time passed). */
  overdueAt?: Date;
  /** Only tasks due on these days (inclusive), in the centre's time zone. */
  dueOn?: { from: CalendarDay; to: CalendarDay };
}

/** A task without its title: what the due scan reads, so it never opens a sealed value (nor fails on a centre whose key was destroyed). */
export type TaskSkeleton = Omit<Task, 'title'>;

export type TaskTimelineField = 'createdAt' | 'completedAt' | 'cancelledAt';

export interface TaskRepository {
  add(task: Task): Promise<void>;
  /**
   * Saves a change if the task is still at `expectedVersion` (VersionConflictError otherwise,
   * NotFoundError when there is no such task). With `reminders: 'keep'` the due scan's state stays
   * as stored, so an edit made while the scan announces the task cannot arm a reminder again.
   */
  update(task: Task, expectedVersion: number, options: { reminders: 'keep' | 'replace' }): Promise<void>;
  findById(tenant: string, id: string): Promise<Task | null>;
  /** Open first, then by due time; at most `limit` after `after`. */
  listForCase(tenant: string, caseId: string, page: { after: CaseTaskPosition | null; limit: number }): Promise<Task[]>;
  /** By due time; at most `limit` after `after`. */
  listForCentre(tenant: string, query: CentreTaskQuery, page: { after: CentreTaskPosition | null; limit: number }): Promise<Task[]>;
  /**
   * Open tasks, at any centre, with a reminder to announce at `now`: at most `limit`, by id, with an
   * id greater than `after` (the last one a scan saw), so a scan pages through all of them even when
   * some cannot be announced and stay pending.
   */
  withRemindersDue(now: Date, page: { after: string | null; limit: number }): Promise<TaskSkeleton[]>;
  /**
   * Announces a reminder: clears it if the task is still open, at that reminder revision, and the
   * reminder still pending, and writes `events` in the same transaction. False when another
   * scanner got there first or the task changed meanwhile: nothing is written then. An overdue
   * claim clears the due reminder too.
   */
  claimReminder(claim: { tenant: string; id: string; reminder: TaskReminder; revision: number }, events: OutboxRecord[]): Promise<boolean>;
  /**
   * A case's tasks whose `field` is set and, with `before`, earlier than `before.at`, or equal to
   * it with an id up to `before.idAtMost`; newest first (field desc, id desc).
   */
  forTimeline(tenant: string, caseId: string, field: TaskTimelineField, before: { at: Date; idAtMost: string } | null, limit: number): Promise<Task[]>;
  /** The case list's "task due" filter: cases with an open task due before `before`, soonest first. */
  caseIdsWithOpenTasksDueBefore(tenant: string, before: Date, limit: number): Promise<string[]>;
  /** The person of the case was erased: every task title of the case becomes ERASED (version + 1, so an edit read before cannot write the old title back). Idempotent. */
  eraseOfCase(tenant: string, caseId: string): Promise<void>;
  isReachable(): Promise<boolean>;
}

/** The rank a case's task list sorts on: open tasks first. */
export const rankOf = (status: TaskStatus): number => (status === 'open' ? 0 : 1);

/** What each claim clears. */
export const REMINDER_CLEARS: Record<TaskReminder, ReadonlyArray<'dueNoticeAt' | 'overdueNoticeAt'>> = {
  due: ['dueNoticeAt'],
  overdue: ['dueNoticeAt', 'overdueNoticeAt'],
};
