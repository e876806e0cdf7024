import { DomainError } from '@corredor/contracts';
import type { Principal } from '@corredor/service-kit';
import { cancelTask, changeTask, completeTask, type Task, type TaskChange } from './task.domain';
import { findTask, saveChange, timeZoneOf, type TaskDeps } from './task.use-case-support';

/** Edits an open task (title, due date, assignee); a new due date arms its reminders again. Not on a closed case. */
export async function changeTaskUseCase(deps: TaskDeps, input: { principal: Principal; taskId: string; expectedVersion: number; change: TaskChange }): Promise<Task> {
  const tenant = input.principal.centre;
  const current = await findTask(deps, tenant, input.taskId, input.expectedVersion);
  const kase = await deps.cases.findById(tenant, current.caseId);
  if (kase?.status === 'closed') throw new DomainError('CASE.CLOSED', 'conflict', 'The case is closed; reopen it before changing its tasks.');
  const { task, rescheduled } = changeTask(current, input.change, { timeZone: timeZoneOf(deps, tenant) });
  return saveChange(deps, task, current.version, rescheduled ? 'replace' : 'keep');
}

/** Marks an open task done or cancelled, also on a closed case (tidying up after closure). */
export async function settleTaskUseCase(
  deps: TaskDeps,
  input: { principal: Principal; taskId: string; expectedVersion?: number; outcome: 'complete' | 'cancel' },
): Promise<Task> {
  const current = await findTask(deps, input.principal.centre, input.taskId, input.expectedVersion);
  const context = { userId: input.principal.userId, now: deps.clock() };
  const settled = input.outcome === 'complete' ? completeTask(current, context) : cancelTask(current, context);
  return saveChange(deps, settled, current.version, 'replace');
}
