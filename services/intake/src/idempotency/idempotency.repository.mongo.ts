import { inTransaction, translateMongoError, trusted } from '@corredor/persistence';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { IdempotencyRecord, IdempotencyScope } from './idempotency.domain';
import { IDEMPOTENCY_KEY_INDEX, type IdempotencyRepository } from './idempotency.repository';

type IdempotencyDocument = Omit<IdempotencyRecord, 'id'> & { _id: string };

const idempotencySchema = new Schema<IdempotencyDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    userId: { type: String, required: true },
    key: { type: String, required: true },
    requestHash: { type: String, required: true },
    resourceId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', versionKey: false },
);
idempotencySchema.index({ tenant: 1, userId: 1, key: 1 }, { unique: true, name: IDEMPOTENCY_KEY_INDEX });
// MongoDB removes expired keys about a minute after expiry; until then `find` ignores them and `insert` replaces them.
idempotencySchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0, name: 'idempotency_expiresAt_ttl' });

function toRecord({ _id, ...rest }: IdempotencyDocument): IdempotencyRecord {
  return { id: _id, ...rest };
}

export class MongoIdempotencyRepository implements IdempotencyRepository {
  readonly model: Model<IdempotencyDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['IdempotencyKey'] ?? connection.model<IdempotencyDocument>('IdempotencyKey', idempotencySchema);
  }

  async find(scope: IdempotencyScope, key: string, now: Date): Promise<IdempotencyRecord | null> {
    const doc = await this.model
      .findOne({ tenant: scope.tenant, userId: scope.userId, key, expiresAt: trusted({ $gt: now }) })
      .lean<IdempotencyDocument>();
    return doc ? toRecord(doc) : null;
  }

  async add(record: IdempotencyRecord): Promise<void> {
    try {
      await inTransaction(this.connection, (session) => this.insert(record, session));
    } catch (error) {
      throw translateMongoError(error, 'idempotency_keys');
    }
  }

  /** Inside a transaction that also writes what the request created; the caller translates errors. */
  async insert(record: IdempotencyRecord, session: ClientSession): Promise<void> {
    const { id, ...rest } = record;
    await this.model.deleteMany({ tenant: record.tenant, userId: record.userId, key: record.key, expiresAt: trusted({ $lte: record.createdAt }) }, { session });
    await this.model.create([{ _id: id, ...rest }], { session });
  }
}
