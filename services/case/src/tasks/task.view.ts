import { z } from 'zod';
import { isOverdue, TASK_KINDS, TASK_STATUSES, type Task } from './task.domain';

export const taskView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(TASK_KINDS),
    title: z.string(),
    dueOn: z.iso.date().meta({ description: "The day it is due, in the centre's time zone (a timed task's day)" }),
    dueAt: z.iso.datetime().nullable().meta({ description: 'The instant, for a timed task; null for a task due on a day' }),
    overdue: z.boolean().meta({ description: 'Open and its due time has passed (the end of its day, or its instant)' }),
    assignee: z.string().nullable().meta({ description: "Staff user id; null: the centre's, for anyone to take" }),
    status: z.enum(TASK_STATUSES),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    completedBy: z.string().nullable(),
    completedAt: z.iso.datetime().nullable(),
    cancelledBy: z.string().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Task' });

export type TaskView = z.infer<typeof taskView>;

export function viewOfTask(task: Task, now: Date): TaskView {
  return {
    id: task.id,
    caseId: task.caseId,
    kind: task.kind,
    title: task.title,
    dueOn: task.dueOn,
    dueAt: task.dueAt?.toISOString() ?? null,
    overdue: isOverdue(task, now),
    assignee: task.assignee,
    status: task.status,
    createdBy: task.createdBy,
    createdAt: task.createdAt.toISOString(),
    completedBy: task.completedBy,
    completedAt: task.completedAt?.toISOString() ?? null,
    cancelledBy: task.cancelledBy,
    cancelledAt: task.cancelledAt?.toISOString() ?? null,
    version: task.version,
  };
}
