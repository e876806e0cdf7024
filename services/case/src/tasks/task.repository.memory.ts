import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, NotFoundError, VersionConflictError, type MemoryOutbox } from '@corredor/persistence';
import { ERASED, sealText, type FieldSealer } from '../privacy/sealed-fields';
import { TASK_TITLE, taskCodec, type StoredTask } from './task.codec';
import type { Task, TaskReminder } from './task.domain';
import {
  asSortObject,
  caseTaskSort,
  caseTasksFilter,
  centreTaskSort,
  centreTasksFilter,
  claimFilter,
  dueBeforeFilter,
  remindersDueFilter,
  timelineFilter,
  timelineSort,
} from './task.filters';
import { REMINDER_CLEARS, type CaseTaskPosition, type CentreTaskPosition, type CentreTaskQuery, type TaskRepository, type TaskSkeleton, type TaskTimelineField } from './task.repository';

export class MemoryTaskRepository implements TaskRepository {
  /** Exposed so tests can read the store raw, as someone with a copy of the database would. */
  readonly tasks = new MemoryCollection<StoredTask>('tasks');
  private readonly codec: ReturnType<typeof taskCodec>;

  constructor(
    private readonly outbox: MemoryOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.codec = taskCodec(keys);
  }

  async add(task: Task): Promise<void> {
    this.tasks.insert(this.codec.encode(task));
  }

  async update(task: Task, expectedVersion: number, options: { reminders: 'keep' | 'replace' }): Promise<void> {
    const current = this.tasks.findOne({ id: task.id, tenant: task.tenant });
    if (!current) throw new NotFoundError('tasks', task.id);
    if (current.version !== expectedVersion) throw new VersionConflictError('tasks', task.id, expectedVersion);
    this.tasks.updateWhere({ id: task.id, tenant: task.tenant, version: expectedVersion }, (now) => ({
      ...this.codec.encode(task),
      reminders: options.reminders === 'keep' ? now.reminders : task.reminders,
      version: expectedVersion + 1,
    }));
  }

  async findById(tenant: string, id: string): Promise<Task | null> {
    const found = this.tasks.findOne({ id, tenant });
    return found ? this.codec.decode(found) : null;
  }

  async listForCase(tenant: string, caseId: string, page: { after: CaseTaskPosition | null; limit: number }): Promise<Task[]> {
    return this.tasks.find(caseTasksFilter(tenant, caseId, page.after, 'id'), { sort: asSortObject(caseTaskSort('id')), limit: page.limit }).map(this.decode);
  }

  async listForCentre(tenant: string, query: CentreTaskQuery, page: { after: CentreTaskPosition | null; limit: number }): Promise<Task[]> {
    return this.tasks.find(centreTasksFilter(tenant, query, page.after, 'id'), { sort: asSortObject(centreTaskSort('id')), limit: page.limit }).map(this.decode);
  }

  async withRemindersDue(now: Date, page: { after: string | null; limit: number }): Promise<TaskSkeleton[]> {
    return this.tasks.find(remindersDueFilter(now, page.after, 'id'), { sort: { id: 1 }, limit: page.limit }).map((doc) => this.codec.skeleton(doc));
  }

  async claimReminder(claim: { tenant: string; id: string; reminder: TaskReminder; revision: number }, events: OutboxRecord[]): Promise<boolean> {
    return memoryTransaction([this.tasks, this.outbox.collection], () => {
      const claimed = this.tasks.updateWhere(claimFilter(claim, 'id'), (task) => ({
        ...task,
        reminders: { ...task.reminders, ...Object.fromEntries(REMINDER_CLEARS[claim.reminder].map((field) => [field, null])) },
      }));
      if (claimed === 0) return false;
      this.outbox.add(events);
      return true;
    });
  }

  async forTimeline(tenant: string, caseId: string, field: TaskTimelineField, before: { at: Date; idAtMost: string } | null, limit: number): Promise<Task[]> {
    return this.tasks.find(timelineFilter(tenant, caseId, field, before, 'id'), { sort: timelineSort(field, 'id'), limit }).map(this.decode);
  }

  async caseIdsWithOpenTasksDueBefore(tenant: string, before: Date, limit: number): Promise<string[]> {
    const rows = this.tasks.aggregate<{ _id: string }>([
      { $match: dueBeforeFilter(tenant, before) },
      { $group: { _id: '$caseId', firstDue: { $min: '$dueFrom' } } },
      { $sort: { firstDue: 1, _id: 1 } },
      { $limit: limit },
    ]);
    return rows.map((row) => row._id);
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    const erased = sealText(this.keys, tenant, TASK_TITLE, ERASED);
    this.tasks.updateWhere({ tenant, caseId }, (doc) => ({ ...doc, title: erased, version: doc.version + 1 }));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  private readonly decode = (doc: StoredTask): Task => this.codec.decode(doc);
}
