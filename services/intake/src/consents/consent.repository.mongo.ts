import type { OutboxRecord } from '@corredor/messaging';
import { inTransaction, replaceVersioned, translateMongoError, trusted, type MongoOutbox } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import { ConsentCodec, type StoredConsent } from './consent.codec';
import type { Consent } from './consent.domain';
import { ACTIVE_CONSENT_INDEX, CONSENT_SORT, type ConsentPosition, type ConsentRepository } from './consent.repository';

type ConsentDocument = Omit<StoredConsent, 'id'> & { _id: string };

const consentSchema = new Schema<ConsentDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    // Sealed, and a blind index (ConsentCodec).
    scope: { type: String, required: true },
    activeScope: { type: String, default: null },
    intakeId: { type: String, default: null },
    givenBy: { type: String, required: true },
    givenAt: { type: Date, required: true },
    withdrawn: { type: new Schema({ by: { type: String, required: true }, at: { type: Date, required: true } }, { _id: false }), default: null },
    version: { type: Number, required: true },
  },
  { collection: 'consents', versionKey: false, minimize: false },
);
consentSchema.index(
  { tenant: 1, personId: 1, activeScope: 1 },
  { unique: true, name: ACTIVE_CONSENT_INDEX, partialFilterExpression: { activeScope: { $type: 'string' } } },
);
consentSchema.index({ tenant: 1, personId: 1, givenAt: -1, _id: 1 });

const MONGO_SORT = { givenAt: -1, _id: 1 } as const;
const mongoSort = CONSENT_SORT.map(([field, direction]) => [field === 'id' ? '_id' : field, direction] as const);

function fromConsentDocument({ _id, ...rest }: ConsentDocument): StoredConsent {
  return { id: _id, ...rest };
}

function toConsentDocument({ id, ...rest }: StoredConsent): ConsentDocument {
  return { _id: id, ...rest };
}

export class MongoConsentRepository implements ConsentRepository {
  readonly model: Model<ConsentDocument>;
  readonly codec: ConsentCodec;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
    keys: CentreKeys,
  ) {
    this.model = connection.models['Consent'] ?? connection.model<ConsentDocument>('Consent', consentSchema);
    this.codec = new ConsentCodec(keys);
  }

  private toConsent(doc: ConsentDocument): Consent {
    return this.codec.decode(fromConsentDocument(doc));
  }

  async findById(tenant: string, personId: string, id: string): Promise<Consent | null> {
    const doc = await this.model.findOne({ _id: id, tenant, personId }).lean<ConsentDocument>();
    return doc ? this.toConsent(doc) : null;
  }

  async listByPerson(tenant: string, personId: string, page: { limit: number; after: ConsentPosition | null }): Promise<Consent[]> {
    const filter = { tenant, personId, ...(page.after ? afterPosition(mongoSort, page.after) : {}) };
    const docs = await this.model.find(filter).sort(MONGO_SORT).limit(page.limit).lean<ConsentDocument[]>();
    return docs.map((doc) => this.toConsent(doc));
  }

  async holding(tenant: string, personId: string, limit: number): Promise<Consent[]> {
    const docs = await this.model.find({ tenant, personId, activeScope: trusted({ $ne: null }) }).sort(MONGO_SORT).limit(limit).lean<ConsentDocument[]>();
    return docs.map((doc) => this.toConsent(doc));
  }

  async add(consent: Consent, events: OutboxRecord[]): Promise<void> {
    try {
      await inTransaction(this.connection, async (session) => {
        await this.insert([consent], session);
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'consents');
    }
  }

  async update(consent: Consent, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    try {
      await inTransaction(this.connection, async (session) => {
        const { _id, ...rest } = toConsentDocument(this.codec.encode(consent));
        await replaceVersioned(this.model, 'consents', { _id, ...rest }, expectedVersion, session, { tenant: consent.tenant });
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'consents');
    }
  }

  /** Inside a transaction that writes other records too; the caller translates errors. */
  async insert(consents: readonly Consent[], session: ClientSession): Promise<void> {
    if (consents.length > 0) await this.model.insertMany(consents.map((consent) => toConsentDocument(this.codec.encode(consent))), { session });
  }
}
