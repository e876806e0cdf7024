import type { Logger } from '@corredor/messaging';
import type { ApiRoutes } from '@corredor/service-kit';
import type { CasesWithDueTasks } from '../cases/cases-with-due-tasks.port';
import type { TimelineSource } from '../timeline/timeline-source';
import { createTaskScanner, type TaskScanner } from './task.scanner';
import { taskTimeline } from './task.timeline';
import type { TaskDeps } from './task.use-case-support';
import { taskRoutes } from './tasks.routes';

export interface TaskFeatureDeps extends TaskDeps {
  outboxWritten: () => void;
  logger?: Logger;
}

/** Everything the case service composes of tasks. */
export interface TaskFeature {
  /** Registers POST/GET /cases/:id/tasks, GET /tasks, PATCH /tasks/:taskId, POST /tasks/:taskId/complete and /cancel. */
  routes(api: ApiRoutes): void;
  /** The due scan: `scanner.start(intervalMs)` from ServiceModule.start, `scanner.stop()` from stop. */
  scanner: TaskScanner;
  /** Task entries (created, done, cancelled) for GET /cases/:id/timeline. */
  timeline: TimelineSource;
  casesWithDueTasks: CasesWithDueTasks;
  isReachable(): Promise<boolean>;
}

/**
 * Composition, in service.ts:
 *   const tasks = mongo ? new MongoTaskRepository(mongo, outbox) : new MemoryTaskRepository(outbox);
 *   const feature = taskFeature({ tasks, cases, centres, clock, outboxWritten, logger });
 *   feature.routes(api);
 * `cases` is anything with CaseLookup's findById (the case repository).
 */
export function taskFeature(deps: TaskFeatureDeps): TaskFeature {
  return {
    routes: (api) => taskRoutes(api, deps),
    scanner: createTaskScanner({ tasks: deps.tasks, cases: deps.cases, clock: deps.clock, outboxWritten: deps.outboxWritten, ...(deps.logger ? { logger: deps.logger } : {}) }),
    timeline: taskTimeline(deps),
    casesWithDueTasks: { caseIdsWithOpenTasksDueBefore: (tenant, before, limit) => deps.tasks.caseIdsWithOpenTasksDueBefore(tenant, before, limit) },
    isReachable: () => deps.tasks.isReachable(),
  };
}
