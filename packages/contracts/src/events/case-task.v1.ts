import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';

/** No title: a task's title is free text and may name the person. Staff open the case to read it. */
const taskReminder = z.strictObject({
  caseId: z.uuid(),
  taskId: z.uuid(),
  /** Staff user id, or null for a task left to the whole centre. */
  assignee: z.string().min(1).max(200).nullable(),
  dueAt: z.iso.datetime({ offset: true }),
  /** The day it is due, in the centre's time zone. */
  dueOn: z.iso.date(),
});

/** A task falls due today (in the centre's time zone). Emitted once per task. */
export const caseTaskDueV1 = defineEvent({
  type: 'case.task-due',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: taskReminder,
});

/** A task's due time passed and it is still open. Emitted once per task. */
export const caseTaskOverdueV1 = defineEvent({
  type: 'case.task-overdue',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: taskReminder,
});
