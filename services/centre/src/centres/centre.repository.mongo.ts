import type { OutboxRecord } from '@corredor/messaging';
import { insertWithEvents, inTransaction, isMongoReachable, replaceVersioned, trusted, type MongoOutbox } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Centre, StoredDataKey } from './centre.domain';
import type { CentreRepository } from './centre.repository';

type CentreDocument = Omit<Centre, 'id' | 'dataKey'> & { _id: string; dataKey?: DataKeyDocument };

/** Both states of a data key in one subdocument: `wrapped` only while active, never the plain key. */
interface DataKeyDocument {
  state: StoredDataKey['state'];
  id?: string;
  wrapped?: string;
  issuedAt?: Date;
  destroyedAt?: Date;
  destroyedBy?: string;
}

const dataKeySchema = new Schema<DataKeyDocument>(
  {
    state: { type: String, required: true, enum: ['active', 'destroyed'] },
    id: String,
    wrapped: String,
    issuedAt: Date,
    destroyedAt: Date,
    destroyedBy: String,
  },
  { _id: false },
);

const centreSchema = new Schema<CentreDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    city: { type: String, required: true },
    country: { type: String, required: true },
    timeZone: { type: String, required: true },
    languages: { type: [String], required: true },
    services: { type: [String], required: true },
    contact: { email: String, phone: String, address: String },
    networks: { type: [String], required: true },
    security: { requireSecondFactor: { type: Boolean, required: true } },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    dataKey: { type: dataKeySchema, required: false },
  },
  { collection: 'centres', versionKey: false, minimize: false },
);
centreSchema.index({ networks: 1, _id: 1 });

function toDataKey(doc: DataKeyDocument): StoredDataKey {
  if (doc.state === 'active' && doc.id && doc.wrapped && doc.issuedAt) return { state: 'active', id: doc.id, wrapped: doc.wrapped, issuedAt: doc.issuedAt };
  if (doc.state === 'destroyed' && doc.destroyedAt && doc.destroyedBy) return { state: 'destroyed', destroyedAt: doc.destroyedAt, destroyedBy: doc.destroyedBy };
  throw new Error('a stored centre data key is incomplete');
}

function toCentre({ _id, contact, dataKey, ...rest }: CentreDocument): Centre {
  // MongoDB keeps absent optional fields absent; normalise to what the domain writes.
  const cleanContact = Object.fromEntries(Object.entries(contact ?? {}).filter(([, value]) => value !== undefined && value !== null));
  return { id: _id, contact: cleanContact, ...rest, ...(dataKey ? { dataKey: toDataKey(dataKey) } : {}) };
}

export class MongoCentreRepository implements CentreRepository {
  readonly model: Model<CentreDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
  ) {
    this.model = connection.models['Centre'] ?? connection.model<CentreDocument>('Centre', centreSchema);
  }

  async add(centre: Centre, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = centre;
    await insertWithEvents(this.connection, this.model, { _id: id, ...rest }, this.outbox, events);
  }

  async update(centre: Centre, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = centre;
    await inTransaction(this.connection, async (session) => {
      await replaceVersioned(this.model, 'centres', { _id: id, ...rest }, expectedVersion, session);
      await this.outbox.add(events, session);
    });
  }

  async findById(id: string): Promise<Centre | null> {
    const doc = await this.model.findById(id).lean<CentreDocument>();
    return doc ? toCentre(doc) : null;
  }

  async listByNetwork(network: string): Promise<Centre[]> {
    const docs = await this.model.find({ networks: network }).sort({ _id: 1 }).lean<CentreDocument[]>();
    return docs.map(toCentre);
  }

  async listWithoutDataKey(): Promise<Centre[]> {
    const docs = await this.model.find({ dataKey: trusted({ $exists: false }) }).sort({ _id: 1 }).lean<CentreDocument[]>();
    return docs.map(toCentre);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
