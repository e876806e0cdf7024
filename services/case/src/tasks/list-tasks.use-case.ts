import { addDays, dayIn } from '@corredor/contracts';
import { toPage, type ApiPage, type Principal } from '@corredor/service-kit';
import type { Task, TaskStatus } from './task.domain';
import { rankOf, type CaseTaskPosition, type CentreTaskPosition, type CentreTaskQuery } from './task.repository';
import { caseNotFound, timeZoneOf, type TaskDeps } from './task.use-case-support';

/** A case's tasks, open first by due time. */
export async function listCaseTasksUseCase(
  deps: TaskDeps,
  input: { principal: Principal; caseId: string; after: CaseTaskPosition | null; limit: number },
): Promise<ApiPage<Task>> {
  const tenant = input.principal.centre;
  if (!(await deps.cases.findById(tenant, input.caseId))) throw caseNotFound();
  const fetched = await deps.tasks.listForCase(tenant, input.caseId, { after: input.after, limit: input.limit + 1 });
  return toPage(fetched, input.limit, (task) => [rankOf(task.status), task.dueFrom, task.id]);
}

export interface CentreTaskFilters {
  /** 'me', 'none' (the centre's unassigned tasks) or a staff user id. */
  assignee?: string;
  status: TaskStatus;
  /** overdue: still open past its due time; today, week: due today, or in the seven days from today, in the centre's time zone. */
  due?: 'overdue' | 'today' | 'week';
}

/** The centre's tasks for the day's work, by due time. */
export async function listCentreTasksUseCase(
  deps: TaskDeps,
  input: { principal: Principal; filters: CentreTaskFilters; after: CentreTaskPosition | null; limit: number },
): Promise<ApiPage<Task>> {
  const tenant = input.principal.centre;
  const now = deps.clock();
  const today = dayIn(now, timeZoneOf(deps, tenant));
  const { assignee, status, due } = input.filters;
  const query: CentreTaskQuery = {
    status,
    ...(assignee === undefined ? {} : { assignee: assignee === 'me' ? input.principal.userId : assignee === 'none' ? null : assignee }),
    ...(due === 'overdue' ? { overdueAt: now } : {}),
    ...(due === 'today' ? { dueOn: { from: today, to: today } } : {}),
    ...(due === 'week' ? { dueOn: { from: today, to: addDays(today, 6) } } : {}),
  };
  const fetched = await deps.tasks.listForCentre(tenant, query, { after: input.after, limit: input.limit + 1 });
  return toPage(fetched, input.limit, (task) => [task.dueFrom, task.id]);
}
