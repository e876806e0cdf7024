import type { OutboxRecord } from '@corredor/messaging';
import { inTransaction, isMongoReachable, NotFoundError, translateMongoError, VersionConflictError, type MongoOutbox } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import { ERASED, fromMongo, sealText, toMongo, type FieldSealer, type WithMongoId } from '../privacy/sealed-fields';
import { TASK_TITLE, taskCodec, type StoredTask } from './task.codec';
import type { Task, TaskReminder } from './task.domain';
import {
  asSortObject,
  caseTaskSort,
  caseTasksFilter,
  centreTaskSort,
  centreTasksFilter,
  claimClears,
  claimFilter,
  dueBeforeFilter,
  remindersDueFilter,
  timelineFilter,
  timelineSort,
} from './task.filters';
import { type CaseTaskPosition, type CentreTaskPosition, type CentreTaskQuery, type TaskRepository, type TaskSkeleton, type TaskTimelineField } from './task.repository';

/** The sealed shape of task.codec.ts, with the id as `_id`. */
type TaskDocument = WithMongoId<StoredTask>;

const taskSchema = new Schema<TaskDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    kind: { type: String, required: true },
    // Sealed (task.codec.ts).
    title: { type: String, required: true },
    dueOn: { type: String, required: true },
    dueAt: { type: Date, default: null },
    dueFrom: { type: Date, required: true },
    overdueFrom: { type: Date, required: true },
    assignee: { type: String, default: null },
    status: { type: String, required: true },
    rank: { type: Number, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    completedBy: { type: String, default: null },
    completedAt: { type: Date, default: null },
    cancelledBy: { type: String, default: null },
    cancelledAt: { type: Date, default: null },
    reminders: {
      revision: { type: Number, required: true },
      dueNoticeAt: { type: Date, default: null },
      overdueNoticeAt: { type: Date, default: null },
    },
    version: { type: Number, required: true },
  },
  { collection: 'tasks', versionKey: false },
);
taskSchema.index({ tenant: 1, caseId: 1, rank: 1, dueFrom: 1, _id: 1 });
taskSchema.index({ tenant: 1, status: 1, dueFrom: 1, _id: 1 });
taskSchema.index({ tenant: 1, assignee: 1, status: 1, dueFrom: 1, _id: 1 });
// The due scan looks only at pending reminders: claimed ones leave these indexes.
taskSchema.index({ 'reminders.dueNoticeAt': 1 }, { partialFilterExpression: { 'reminders.dueNoticeAt': { $type: 'date' } } });
taskSchema.index({ 'reminders.overdueNoticeAt': 1 }, { partialFilterExpression: { 'reminders.overdueNoticeAt': { $type: 'date' } } });

export class MongoTaskRepository implements TaskRepository {
  readonly model: Model<TaskDocument>;
  private readonly codec: ReturnType<typeof taskCodec>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.model = connection.models['Task'] ?? connection.model<TaskDocument>('Task', taskSchema);
    this.codec = taskCodec(keys);
  }

  async add(task: Task): Promise<void> {
    try {
      await this.model.create(toMongo(this.codec.encode(task)));
    } catch (error) {
      throw translateMongoError(error, 'tasks');
    }
  }

  async update(task: Task, expectedVersion: number, options: { reminders: 'keep' | 'replace' }): Promise<void> {
    const { _id: id, reminders, ...rest } = toMongo(this.codec.encode(task));
    const result = await this.model.updateOne(
      { _id: id, tenant: task.tenant, version: expectedVersion },
      { $set: { ...rest, ...(options.reminders === 'replace' ? { reminders } : {}), version: expectedVersion + 1 } },
    );
    if (result.matchedCount === 0) {
      const exists = await this.model.exists({ _id: id, tenant: task.tenant });
      throw exists ? new VersionConflictError('tasks', id, expectedVersion) : new NotFoundError('tasks', id);
    }
  }

  async findById(tenant: string, id: string): Promise<Task | null> {
    const doc = await this.model.findOne({ _id: id, tenant }).lean<TaskDocument>();
    return doc ? this.toTask(doc) : null;
  }

  async listForCase(tenant: string, caseId: string, page: { after: CaseTaskPosition | null; limit: number }): Promise<Task[]> {
    const docs = await this.model
      .find(caseTasksFilter(tenant, caseId, page.after, '_id'))
      .sort(asSortObject(caseTaskSort('_id')))
      .limit(page.limit)
      .lean<TaskDocument[]>();
    return docs.map((doc) => this.toTask(doc));
  }

  async listForCentre(tenant: string, query: CentreTaskQuery, page: { after: CentreTaskPosition | null; limit: number }): Promise<Task[]> {
    const docs = await this.model
      .find(centreTasksFilter(tenant, query, page.after, '_id'))
      .sort(asSortObject(centreTaskSort('_id')))
      .limit(page.limit)
      .lean<TaskDocument[]>();
    return docs.map((doc) => this.toTask(doc));
  }

  async withRemindersDue(now: Date, page: { after: string | null; limit: number }): Promise<TaskSkeleton[]> {
    const docs = await this.model.find(remindersDueFilter(now, page.after, '_id')).sort({ _id: 1 }).limit(page.limit).lean<TaskDocument[]>();
    return docs.map((doc) => this.codec.skeleton(fromMongo<StoredTask>(doc)));
  }

  async claimReminder(claim: { tenant: string; id: string; reminder: TaskReminder; revision: number }, events: OutboxRecord[]): Promise<boolean> {
    try {
      return await inTransaction(this.connection, async (session) => {
        // Two scanners claiming at once: one update matches; the other's transaction meets a write
        // conflict, is retried, and then matches nothing.
        const result = await this.model.updateOne(claimFilter(claim, '_id'), { $set: claimClears(claim.reminder) }, { session });
        if (result.modifiedCount === 0) return false;
        if (events.length > 0) await this.outbox.add(events, session);
        return true;
      });
    } catch (error) {
      throw translateMongoError(error, 'outbox');
    }
  }

  async forTimeline(tenant: string, caseId: string, field: TaskTimelineField, before: { at: Date; idAtMost: string } | null, limit: number): Promise<Task[]> {
    const docs = await this.model
      .find(timelineFilter(tenant, caseId, field, before, '_id'))
      .sort(timelineSort(field, '_id'))
      .limit(limit)
      .lean<TaskDocument[]>();
    return docs.map((doc) => this.toTask(doc));
  }

  async caseIdsWithOpenTasksDueBefore(tenant: string, before: Date, limit: number): Promise<string[]> {
    const rows = await this.model.aggregate<{ _id: string }>([
      { $match: dueBeforeFilter(tenant, before) },
      { $group: { _id: '$caseId', firstDue: { $min: '$dueFrom' } } },
      { $sort: { firstDue: 1, _id: 1 } },
      { $limit: limit },
    ]);
    return rows.map((row) => row._id);
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    await this.model.updateMany({ tenant, caseId }, { $set: { title: sealText(this.keys, tenant, TASK_TITLE, ERASED) }, $inc: { version: 1 } });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private toTask(doc: TaskDocument): Task {
    return this.codec.decode(fromMongo<StoredTask>(doc));
  }
}
