import type { OutboxRecord } from '@corredor/messaging';
import { inTransaction, isMongoReachable, replaceVersioned, translateMongoError, trusted, type MongoOutbox } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import { PersonCodec, type StoredPerson } from './person.codec';
import type { Person } from './person.domain';
import type { PersonRepository } from './person.repository';

type PersonDocument = Omit<StoredPerson, 'id'> & { _id: string };

const personSchema = new Schema<PersonDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    // Sealed (PersonCodec): ciphertext only.
    details: { type: String, required: true },
    // Blind indexes (HMAC), never the names or numbers.
    matchKeys: {
      names: { type: [String], required: true },
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
personSchema.index({ tenant: 1, 'matchKeys.names': 1 });

const NEWEST_FIRST = { updatedAt: -1, _id: 1 } as const;

export function toPersonDocument({ id, ...rest }: StoredPerson): PersonDocument {
  return { _id: id, ...rest };
}

function fromPersonDocument({ _id, ...rest }: PersonDocument): StoredPerson {
  return { id: _id, ...rest };
}

export class MongoPersonRepository implements PersonRepository {
  readonly model: Model<PersonDocument>;
  readonly codec: PersonCodec;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
    keys: CentreKeys,
  ) {
    this.model = connection.models['Person'] ?? connection.model<PersonDocument>('Person', personSchema);
    this.codec = new PersonCodec(keys);
  }

  async findById(tenant: string, id: string): Promise<Person | null> {
    const doc = await this.model.findOne({ _id: id, tenant }).lean<PersonDocument>();
    return doc ? this.codec.decode(fromPersonDocument(doc)) : null;
  }

  async findByDocuments(tenant: string, documentKeys: readonly string[], limit: number): Promise<Person[]> {
    if (documentKeys.length === 0) return [];
    const indexes = this.codec.documentIndexes(tenant, documentKeys);
    const docs = await this.model.find({ tenant, 'matchKeys.documents': trusted({ $in: indexes }) }).sort(NEWEST_FIRST).limit(limit).lean<PersonDocument[]>();
    return docs.map((doc) => this.codec.decode(fromPersonDocument(doc)));
  }

  async findByNameAndYear(tenant: string, nameKeys: readonly string[], yearOfBirth: number, limit: number): Promise<Person[]> {
    if (nameKeys.length === 0) return [];
    const indexes = this.codec.nameIndexes(tenant, nameKeys, yearOfBirth);
    const docs = await this.model.find({ tenant, 'matchKeys.names': trusted({ $in: indexes }) }).sort(NEWEST_FIRST).limit(limit).lean<PersonDocument[]>();
    return docs.map((doc) => this.codec.decode(fromPersonDocument(doc)));
  }

  async add(person: Person, events: OutboxRecord[]): Promise<void> {
    const stored = this.codec.encode(person);
    try {
      await inTransaction(this.connection, async (session) => {
        await this.insert(stored, session);
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'people');
    }
  }

  async update(person: Person, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    const stored = this.codec.encode(person);
    try {
      await inTransaction(this.connection, async (session) => {
        await this.replace(stored, expectedVersion, session);
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'people');
    }
  }

  /** Inside a transaction that writes other records too (encode first); the caller translates errors. */
  async insert(stored: StoredPerson, session: ClientSession): Promise<void> {
    await this.model.create([toPersonDocument(stored)], { session });
  }

  /** Inside a transaction that writes other records too (encode first). */
  async replace(stored: StoredPerson, expectedVersion: number, session: ClientSession): Promise<void> {
    await replaceVersioned(this.model, 'people', toPersonDocument(stored), expectedVersion, session, { tenant: stored.tenant });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
