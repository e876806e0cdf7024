import type { OutboxRecord } from '@corredor/messaging';
import { inTransaction, isMongoReachable, replaceVersioned, translateMongoError, type MongoOutbox } from '@corredor/persistence';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { Person } from './person.domain';
import type { PersonRepository } from './person.repository';

type PersonDocument = Omit<Person, 'id'> & { _id: string };

const personSchema = new Schema<PersonDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    // Validated by the schema at the edge (PersonDetails); stored as given.
    details: { type: Schema.Types.Mixed, required: true },
    matchKeys: {
      names: { type: [String], required: true },
      yearOfBirth: { type: Number, default: null },
      nationality: { type: String, required: true },
      documents: { type: [String], required: true },
    },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    lastIntakeAt: { type: Date, default: null },
    version: { type: Number, required: true },
  },
  { collection: 'people', versionKey: false, minimize: false },
);
personSchema.index({ tenant: 1, 'matchKeys.documents': 1 });
personSchema.index({ tenant: 1, 'matchKeys.names': 1, 'matchKeys.yearOfBirth': 1 });

const NEWEST_FIRST = { updatedAt: -1, _id: 1 } as const;

function toPerson({ _id, ...rest }: PersonDocument): Person {
  return { id: _id, ...rest };
}

export class MongoPersonRepository implements PersonRepository {
  readonly model: Model<PersonDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
  ) {
    this.model = connection.models['Person'] ?? connection.model<PersonDocument>('Person', personSchema);
  }

  async findById(tenant: string, id: string): Promise<Person | null> {
    const doc = await this.model.findOne({ _id: id, tenant }).lean<PersonDocument>();
    return doc ? toPerson(doc) : null;
  }

  async findByDocuments(tenant: string, documentKeys: readonly string[], limit: number): Promise<Person[]> {
    if (documentKeys.length === 0) return [];
    const docs = await this.model.find({ tenant, 'matchKeys.documents': { $in: documentKeys } }).sort(NEWEST_FIRST).limit(limit).lean<PersonDocument[]>();
    return docs.map(toPerson);
  }

  async findByNameAndYear(tenant: string, nameKeys: readonly string[], yearOfBirth: number, limit: number): Promise<Person[]> {
    if (nameKeys.length === 0) return [];
    const docs = await this.model
      .find({ tenant, 'matchKeys.names': { $in: nameKeys }, 'matchKeys.yearOfBirth': yearOfBirth })
      .sort(NEWEST_FIRST)
      .limit(limit)
      .lean<PersonDocument[]>();
    return docs.map(toPerson);
  }

  async add(person: Person, events: OutboxRecord[]): Promise<void> {
    try {
      await inTransaction(this.connection, async (session) => {
        await this.insert(person, session);
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'people');
    }
  }

  async update(person: Person, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    try {
      await inTransaction(this.connection, async (session) => {
        await this.replace(person, expectedVersion, session);
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'people');
    }
  }

  /** Inside a transaction that writes other records too; the caller translates errors. */
  async insert(person: Person, session: ClientSession): Promise<void> {
    const { id, ...rest } = person;
    await this.model.create([{ _id: id, ...rest }], { session });
  }

  /** Inside a transaction that writes other records too. */
  async replace(person: Person, expectedVersion: number, session: ClientSession): Promise<void> {
    const { id, ...rest } = person;
    await replaceVersioned(this.model, 'people', { _id: id, ...rest }, expectedVersion, session, { tenant: person.tenant });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
