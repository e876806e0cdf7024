import { randomUUID } from 'node:crypto';
import type { Principal } from '@corredor/service-kit';
import { newTask, type NewTask, type Task } from './task.domain';
import { caseNotFound, timeZoneOf, type TaskDeps } from './task.use-case-support';

/** Adds a task to a case of the caller's centre that is not closed. */
export async function addTaskUseCase(deps: TaskDeps, input: { principal: Principal; caseId: string; task: NewTask }): Promise<Task> {
  const tenant = input.principal.centre;
  const kase = await deps.cases.findById(tenant, input.caseId);
  if (!kase) throw caseNotFound();
  const task = newTask(kase.status, input.task, {
    id: (deps.newId ?? randomUUID)(),
    tenant,
    caseId: kase.id,
    userId: input.principal.userId,
    now: deps.clock(),
    timeZone: timeZoneOf(deps, tenant),
  });
  await deps.tasks.add(task);
  return task;
}
