import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import { inTransaction, translateMongoError, trusted } from './mongo-connection';

interface OutboxDocument extends Omit<OutboxRecord, 'id'> {
  _id: string;
}

const outboxSchema = new Schema<OutboxDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    topic: { type: String, required: true },
    key: { type: String, required: true },
    value: { type: String, required: true },
    headers: { type: Schema.Types.Mixed, required: true },
    position: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'outbox', versionKey: false, minimize: false },
);
outboxSchema.index({ position: 1 });

function toRecord(doc: OutboxDocument): OutboxRecord {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest };
}

export class MongoOutbox implements OutboxStore {
  readonly model: Model<OutboxDocument>;

  constructor(connection: Connection) {
    this.model = connection.models['Outbox'] ?? connection.model<OutboxDocument>('Outbox', outboxSchema);
  }

  /** Call inside the same transaction as the state change. */
  async add(records: OutboxRecord[], session: ClientSession): Promise<void> {
    await this.model.insertMany(
      records.map(({ id, ...rest }) => ({ _id: id, ...rest })),
      { session },
    );
  }

  async pending(limit: number): Promise<OutboxRecord[]> {
    const docs = await this.model.find({}).sort({ position: 1 }).limit(limit).lean<OutboxDocument[]>();
    return docs.map(toRecord);
  }

  async removePublished(ids: string[]): Promise<void> {
    await this.model.deleteMany({ _id: trusted({ $in: ids }) });
  }

  async countPending(): Promise<number> {
    return this.model.countDocuments({});
  }
}

/**
 * Inserts a new document and its events in one transaction: both or neither. A unique index that
 * refuses the document surfaces as DuplicateKeyError, as in memory.
 */
export async function insertWithEvents<D extends { _id: string }>(
  connection: Connection,
  model: Model<D>,
  doc: D,
  outbox: MongoOutbox,
  events: OutboxRecord[],
): Promise<void> {
  try {
    await inTransaction(connection, async (session) => {
      await new model(doc).save({ session });
      await outbox.add(events, session);
    });
  } catch (error) {
    throw translateMongoError(error, model.collection.collectionName);
  }
}
