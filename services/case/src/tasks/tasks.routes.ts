import { staffIdSchema } from '@corredor/contracts';
import { decodeCursor, pageQuery, pageSchema, principalOf, valid, type ApiRoutes } from '@corredor/service-kit';
import { z } from 'zod';
import { addTaskUseCase } from './add-task.use-case';
import { changeTaskUseCase, settleTaskUseCase } from './change-task.use-case';
import { listCaseTasksUseCase, listCentreTasksUseCase } from './list-tasks.use-case';
import { TASK_KINDS, TASK_STATUSES, type TaskDue } from './task.domain';
import type { TaskDeps } from './task.use-case-support';
import { taskView, viewOfTask } from './task.view';

/** Control, zero-width and text-direction characters: a title holding one does not show what is stored. */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

const titleSchema = z
  .string()
  .normalize('NFC')
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((value) => !HIDDEN_CHARACTERS.test(value), 'must not contain control, zero-width or text-direction characters')
  .meta({ description: 'What to do; may name the person, so it stays in this service (never in events or logs)' });

const dueSchema = z
  .union([
    z.strictObject({ dueOn: z.iso.date('must be a date such as "2026-11-24"') }),
    z.strictObject({ dueAt: z.iso.datetime({ offset: true, message: 'must be a date and time with its offset, such as "2026-11-24T10:00:00-08:00"' }) }),
  ])
  .meta({
    id: 'TaskDue',
    description: "Either a day (dueOn: due from the start of that day in the centre's time zone, overdue at its end) or an instant (dueAt: overdue once it passes)",
  });

const assigneeSchema = staffIdSchema.nullable().meta({ description: "Staff user id; null: the centre's, for anyone to take" });

const caseParams = z.object({ id: z.uuid('not a case id') });
const taskParams = z.object({ taskId: z.uuid('not a task id') });

const addBody = z.strictObject({ kind: z.enum(TASK_KINDS), title: titleSchema, due: dueSchema, assignee: assigneeSchema.default(null) });
const changeBody = z
  .strictObject({ expectedVersion: z.number().int().positive(), title: titleSchema.optional(), due: dueSchema.optional(), assignee: assigneeSchema.optional() })
  .refine((body) => body.title !== undefined || body.due !== undefined || body.assignee !== undefined, 'must change the title, the due date or the assignee');
const settleBody = z.strictObject({
  expectedVersion: z.number().int().positive().optional().meta({ description: 'The version you saw; a change made meanwhile is a 409' }),
});

const caseTasksQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const centreTasksQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 }).extend({
  assignee: z
    .union([z.literal('me'), z.literal('none'), staffIdSchema])
    .optional()
    .meta({ description: "me, none (the centre's unassigned tasks) or a staff user id; absent: everyone's" }),
  status: z.enum(TASK_STATUSES).default('open'),
  due: z
    .enum(['overdue', 'today', 'week'])
    .optional()
    .meta({ description: "overdue: open past its due time; today, week: due today or in the next seven days, in the centre's time zone" }),
});

const caseCursor = z.tuple([z.number().int().min(0).max(1), z.coerce.date(), z.uuid()]);
const centreCursor = z.tuple([z.coerce.date(), z.uuid()]);
const taskPage = pageSchema(taskView);

const toDue = (due: z.infer<typeof dueSchema>): TaskDue => ('dueOn' in due ? { dueOn: due.dueOn } : { dueAt: new Date(due.dueAt) });

/** The task routes: a case's tasks, the centre's task list, and changing a task. */
export function taskRoutes(api: ApiRoutes, deps: TaskDeps): void {
  api.post(
    '/cases/:id/tasks',
    {
      summary: 'Adds a due-dated task to a case',
      description: 'Refused on a closed case (409 CASE.CLOSED). Its due and overdue reminders go to the assignee, or to the whole centre when unassigned.',
      tag: 'Tasks',
      params: caseParams,
      body: addBody,
      responses: { 201: { description: 'The task', schema: taskView } },
      errors: [409],
    },
    async (_req, res) => {
      const body = valid(res, 'body', addBody);
      const task = await addTaskUseCase(deps, {
        principal: principalOf(res),
        caseId: valid(res, 'params', caseParams).id,
        task: { kind: body.kind, title: body.title, due: toDue(body.due), assignee: body.assignee },
      });
      res.status(201).json(viewOfTask(task, deps.clock()));
    },
  );

  api.get(
    '/cases/:id/tasks',
    { summary: "A case's tasks, open first by due time", tag: 'Tasks', params: caseParams, query: caseTasksQuery, responses: { 200: { description: 'Tasks', schema: taskPage } } },
    async (_req, res) => {
      const query = valid(res, 'query', caseTasksQuery);
      const page = await listCaseTasksUseCase(deps, {
        principal: principalOf(res),
        caseId: valid(res, 'params', caseParams).id,
        after: decodeCursor(query.cursor, caseCursor),
        limit: query.limit,
      });
      const now = deps.clock();
      res.json({ items: page.items.map((task) => viewOfTask(task, now)), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/tasks',
    { summary: "The centre's tasks for the day's work, by due time", tag: 'Tasks', query: centreTasksQuery, responses: { 200: { description: 'Tasks', schema: taskPage } } },
    async (_req, res) => {
      const { cursor, limit, assignee, status, due } = valid(res, 'query', centreTasksQuery);
      const page = await listCentreTasksUseCase(deps, {
        principal: principalOf(res),
        filters: { status, ...(assignee === undefined ? {} : { assignee }), ...(due === undefined ? {} : { due }) },
        after: decodeCursor(cursor, centreCursor),
        limit,
      });
      const now = deps.clock();
      res.json({ items: page.items.map((task) => viewOfTask(task, now)), nextCursor: page.nextCursor });
    },
  );

  api.patch(
    '/tasks/:taskId',
    {
      summary: 'Changes an open task: title, due date (which arms its reminders again) or assignee',
      tag: 'Tasks',
      params: taskParams,
      body: changeBody,
      responses: { 200: { description: 'The task', schema: taskView } },
      errors: [409],
    },
    async (_req, res) => {
      const { expectedVersion, title, due, assignee } = valid(res, 'body', changeBody);
      const task = await changeTaskUseCase(deps, {
        principal: principalOf(res),
        taskId: valid(res, 'params', taskParams).taskId,
        expectedVersion,
        change: { ...(title === undefined ? {} : { title }), ...(due === undefined ? {} : { due: toDue(due) }), ...(assignee === undefined ? {} : { assignee }) },
      });
      res.json(viewOfTask(task, deps.clock()));
    },
  );

  for (const outcome of ['complete', 'cancel'] as const) {
    api.post(
      `/tasks/:taskId/${outcome}`,
      {
        summary: outcome === 'complete' ? 'Marks an open task done' : 'Cancels an open task',
        tag: 'Tasks',
        params: taskParams,
        body: settleBody,
        responses: { 200: { description: 'The task', schema: taskView } },
        errors: [409],
      },
      async (_req, res) => {
        const { expectedVersion } = valid(res, 'body', settleBody);
        const task = await settleTaskUseCase(deps, {
          principal: principalOf(res),
          taskId: valid(res, 'params', taskParams).taskId,
          outcome,
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        });
        res.json(viewOfTask(task, deps.clock()));
      },
    );
  }
}
