import { DuplicateKeyError, translateMongoError, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import { isRunning, REBUILD_STATUSES, type Rebuild, type RebuildStatus } from './rebuild.domain';
import { STOPPED_RESPONDING, type RebuildRepository } from './rebuild.repository';

interface RebuildDocument extends Omit<Rebuild, 'id'> {
  _id: string;
  /** Set on the running rebuild only: the unique partial index lets one hold it. */
  running?: 'rebuild';
  sequence: number;
}

const progress = new Schema(
  {
    read: { type: Number, required: true },
    total: { type: Number, required: true },
    applied: { type: Number, required: true },
    ignored: { type: Number, required: true },
    invalid: { type: Number, required: true },
    eventsPerSecond: { type: Number, default: null },
    secondsLeft: { type: Number, default: null },
    elapsedSeconds: { type: Number, required: true },
  },
  { _id: false },
);

const schema = new Schema<RebuildDocument>(
  {
    _id: { type: String, required: true },
    generation: { type: String, required: true },
    replacing: { type: String, required: true },
    status: { type: String, enum: REBUILD_STATUSES, required: true },
    startedBy: { type: String, required: true },
    startedAt: { type: Date, required: true },
    heartbeatAt: { type: Date, required: true },
    switchedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
    progress: { type: progress, required: true },
    failure: { type: String, default: null },
    running: { type: String },
    sequence: { type: Number, required: true },
  },
  { collection: 'reporting_rebuilds', versionKey: false },
);
schema.index({ running: 1 }, { unique: true, name: 'one_running', partialFilterExpression: { running: { $type: 'string' } } });
schema.index({ sequence: -1 }, { name: 'latest_first' });

function rebuildOf(doc: RebuildDocument): Rebuild {
  return {
    id: doc._id,
    generation: doc.generation,
    replacing: doc.replacing,
    status: doc.status as RebuildStatus,
    startedBy: doc.startedBy,
    startedAt: doc.startedAt,
    heartbeatAt: doc.heartbeatAt,
    switchedAt: doc.switchedAt ?? null,
    finishedAt: doc.finishedAt ?? null,
    progress: {
      read: doc.progress.read,
      total: doc.progress.total,
      applied: doc.progress.applied,
      ignored: doc.progress.ignored,
      invalid: doc.progress.invalid,
      eventsPerSecond: doc.progress.eventsPerSecond ?? null,
      secondsLeft: doc.progress.secondsLeft ?? null,
      elapsedSeconds: doc.progress.elapsedSeconds,
    },
    failure: doc.failure ?? null,
  };
}

const fieldsOf = ({ id: _id, ...rebuild }: Rebuild) => rebuild;

export class MongoRebuildRepository implements RebuildRepository {
  private readonly model: Model<RebuildDocument>;

  constructor(connection: Connection) {
    this.model = connection.models['ReportingRebuild'] ?? connection.model<RebuildDocument>('ReportingRebuild', schema);
  }

  async begin(rebuild: Rebuild, staleBefore: Date): Promise<'begun' | 'busy'> {
    await this.model.updateMany(
      { running: 'rebuild', heartbeatAt: trusted({ $lt: staleBefore }) },
      { $set: { status: 'abandoned', finishedAt: rebuild.startedAt, failure: STOPPED_RESPONDING }, $unset: { running: 1 } },
    );
    const latest = await this.model.findOne({}).sort({ sequence: -1 }).lean<RebuildDocument>();
    try {
      await this.model.create({ _id: rebuild.id, ...fieldsOf(rebuild), running: 'rebuild', sequence: (latest?.sequence ?? 0) + 1 });
      return 'begun';
    } catch (error) {
      if (translateMongoError(error, 'reporting_rebuilds') instanceof DuplicateKeyError) return 'busy';
      throw error;
    }
  }

  async save(rebuild: Rebuild): Promise<void> {
    const fields = fieldsOf(rebuild);
    await this.model.updateOne({ _id: rebuild.id }, isRunning(rebuild.status) ? { $set: fields } : { $set: fields, $unset: { running: 1 } });
  }

  async get(id: string): Promise<Rebuild | null> {
    const doc = await this.model.findOne({ _id: id }).lean<RebuildDocument>();
    return doc ? rebuildOf(doc) : null;
  }

  async latest(): Promise<Rebuild | null> {
    const doc = await this.model.findOne({}).sort({ sequence: -1 }).lean<RebuildDocument>();
    return doc ? rebuildOf(doc) : null;
  }
}
