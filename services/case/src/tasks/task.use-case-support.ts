import { DomainError } from '@corredor/contracts';
import { NotFoundError, VersionConflictError } from '@corredor/persistence';
import type { CentreDirectoryView } from '@corredor/service-kit';
import type { CaseLookup } from './case-lookup.port';
import type { Task } from './task.domain';
import type { TaskRepository } from './task.repository';

/** What the task use cases need. */
export interface TaskDeps {
  tasks: TaskRepository;
  cases: CaseLookup;
  centres: CentreDirectoryView;
  clock: () => Date;
  newId?: () => string;
}

/** Day boundaries are the centre's; a centre this process does not know yet counts in UTC. */
export const timeZoneOf = (deps: Pick<TaskDeps, 'centres'>, tenant: string): string => deps.centres.get(tenant)?.timeZone ?? 'UTC';

export const caseNotFound = () => new DomainError('CASE.NOT_FOUND', 'not-found', 'No such case at this centre.');
export const taskNotFound = () => new DomainError('TASK.NOT_FOUND', 'not-found', 'No such task at this centre.');
const versionConflict = () => new DomainError('TASK.VERSION_CONFLICT', 'conflict', 'The task changed since you loaded it; reload and try again.');

export async function findTask(deps: Pick<TaskDeps, 'tasks'>, tenant: string, id: string, expectedVersion?: number): Promise<Task> {
  const task = await deps.tasks.findById(tenant, id);
  if (!task) throw taskNotFound();
  if (expectedVersion !== undefined && task.version !== expectedVersion) throw versionConflict();
  return task;
}

/** Saves a change; another change saved meanwhile is the caller's conflict to resolve. */
export async function saveChange(deps: Pick<TaskDeps, 'tasks'>, changed: Task, expectedVersion: number, reminders: 'keep' | 'replace'): Promise<Task> {
  try {
    await deps.tasks.update(changed, expectedVersion, { reminders });
  } catch (error) {
    if (error instanceof VersionConflictError) throw versionConflict();
    if (error instanceof NotFoundError) throw taskNotFound();
    throw error;
  }
  return { ...changed, version: expectedVersion + 1 };
}
