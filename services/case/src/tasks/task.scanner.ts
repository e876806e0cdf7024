import { createHash, randomUUID } from 'node:crypto';
import { caseTaskDueV1, caseTaskOverdueV1, createEvent } from '@corredor/contracts';
import { errorFields, isDataDestroyed, type Logger, silentLogger, toOutboxRecord } from '@corredor/messaging';
import { periodicScan } from '@corredor/service-kit';
import type { CaseLookup } from './case-lookup.port';
import { reminderToSend, type Task, type TaskReminder } from './task.domain';
import type { TaskRepository, TaskSkeleton } from './task.repository';

export interface TaskScannerDeps {
  tasks: TaskRepository;
  cases: CaseLookup;
  clock: () => Date;
  outboxWritten: () => void;
  logger?: Logger;
  /** Tasks read per query (default 100), and queries per scan at most (default 20): the rest waits for the next scan. Each query reads on from the last task the scan saw. */
  batchSize?: number;
  maxBatches?: number;
}

/**
 * Announces tasks falling due and overdue (case.task-due, case.task-overdue), each once per due
 * date. The state lives in the store, not here: a restarted scanner, or a second instance of the
 * service scanning at the same time, cannot announce a reminder again, because announcing is a
 * conditional update (pending → cleared) in the same transaction as the event (see
 * TaskRepository.claimReminder).
 */
export interface TaskScanner {
  /** One pass over the reminders due now; resolves with how many it announced. */
  scanOnce(): Promise<number>;
  /** Scans now and then every `intervalMs` (each scan waits for the previous one). */
  start(intervalMs: number): void;
  /** Stops scanning, after the scan under way if any. */
  stop(): Promise<void>;
}

/**
 * The same event id for the same reminder of the same due date, whichever instance builds it: a
 * consumer's de-duplication by event id then also holds across instances. A UUID of version 8
 * (RFC 9562, custom) from a SHA-256 of the task, reminder and revision.
 */
export function reminderEventId(task: Pick<Task, 'id' | 'reminders'>, reminder: TaskReminder): string {
  const hex = createHash('sha256').update(`${task.id}/${reminder}/${task.reminders.revision}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function createTaskScanner(deps: TaskScannerDeps): TaskScanner {
  const logger = deps.logger ?? silentLogger;
  const batchSize = deps.batchSize ?? 100;
  const maxBatches = deps.maxBatches ?? 20;

  /** True when this call announced it; false when someone else did, the task changed, or its case is closed. */
  async function announce(task: TaskSkeleton, reminder: TaskReminder, now: Date, scanId: string): Promise<boolean> {
    const claim = { tenant: task.tenant, id: task.id, reminder, revision: task.reminders.revision };
    const kase = await caseOf(task);
    if (!kase || kase.status === 'closed') {
      // Nobody needs reminding of a closed case's work: the reminder is settled without an event.
      await deps.tasks.claimReminder(claim, []);
      return false;
    }
    const definition = reminder === 'due' ? caseTaskDueV1 : caseTaskOverdueV1;
    const event = createEvent(
      definition,
      { caseId: task.caseId, taskId: task.id, assignee: task.assignee, dueAt: task.dueFrom.toISOString(), dueOn: task.dueOn },
      { id: reminderEventId(task, reminder), tenant: task.tenant, source: '/corredor/case', correlationId: `task-scan-${scanId}`, causationId: task.id, subject: task.caseId, time: now },
    );
    return deps.tasks.claimReminder(claim, [toOutboxRecord(definition, event, task.caseId, now)]);
  }

  /** The task's case; none once the centre's data key was destroyed (its work can no longer be read, so nobody is reminded of it). */
  async function caseOf(task: TaskSkeleton) {
    try {
      return await deps.cases.findById(task.tenant, task.caseId);
    } catch (error) {
      if (isDataDestroyed(error)) return null;
      throw error;
    }
  }

  async function scanOnce(): Promise<number> {
    const now = deps.clock();
    const scanId = randomUUID();
    let announced = 0;
    // Keyset paging: a task that cannot be announced (its case lookup fails) stays pending, so
    // reading "the first batch" again would read it again and never reach the tasks after it.
    let after: string | null = null;
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const candidates: TaskSkeleton[] = await deps.tasks.withRemindersDue(now, { after, limit: batchSize });
      after = candidates.at(-1)?.id ?? after;
      for (const task of candidates) {
        const reminder = reminderToSend(task, now);
        if (!reminder) continue;
        try {
          if (await announce(task, reminder, now, scanId)) announced += 1;
        } catch (error) {
          logger.error({ ...errorFields(error), taskId: task.id, tenant: task.tenant, reminder }, 'task reminder not announced; the next scan retries');
        }
      }
      if (candidates.length < batchSize) break;
    }
    if (announced > 0) {
      deps.outboxWritten();
      logger.info({ announced }, 'task reminders announced');
    }
    return announced;
  }

  const loop = periodicScan(scanOnce, { logger, name: 'task scan' });
  return { scanOnce, start: (intervalMs) => loop.start(intervalMs), stop: () => loop.stop() };
}
