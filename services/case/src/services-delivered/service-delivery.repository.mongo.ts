import type { OutboxRecord } from '@corredor/messaging';
import { insertWithEvents, inTransaction, isMongoReachable, type MongoOutbox, replaceVersioned, trusted } from '@corredor/persistence';
import { afterPosition, type SortKey } from '@corredor/service-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import { fromMongo, toMongo, type FieldSealer, type RecordCodec, type WithMongoId } from '../privacy/sealed-fields';
import { erasedServiceDelivery, serviceDeliveryCodec, type StoredServiceDelivery } from './service-delivery.codec';
import type { ServiceDelivery } from './service-delivery.domain';
import { SERVICE_LIST_SORT, type ServiceDeliveryRepository, type ServiceListPosition } from './service-delivery.repository';

/** The sealed shape of service-delivery.codec.ts, with the id as `_id`. */
type ServiceDocument = WithMongoId<StoredServiceDelivery>;

const serviceSchema = new Schema<ServiceDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    type: { type: String, required: true },
    deliveredOn: { type: String, required: true },
    deliveredBy: { type: String, required: true },
    language: { type: String, default: null },
    durationMinutes: { type: Number, default: null },
    accompaniment: { type: new Schema({ office: String, procedure: String }, { _id: false }), default: null },
    interpretation: { type: new Schema({ fromLanguage: String, toLanguage: String }, { _id: false }), default: null },
    // Sealed (service-delivery.codec.ts), as is voided.reason.
    description: { type: String, default: null },
    note: { type: String, default: null },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    voided: { type: new Schema({ by: String, at: Date, reason: String }, { _id: false }), default: null },
    version: { type: Number, required: true },
  },
  { collection: 'case_services', versionKey: false },
);
serviceSchema.index({ tenant: 1, caseId: 1, deliveredOn: -1, recordedAt: -1, _id: -1 });
serviceSchema.index({ tenant: 1, caseId: 1, recordedAt: -1, _id: -1 });
serviceSchema.index({ tenant: 1, caseId: 1, 'voided.at': -1, _id: -1 }, { partialFilterExpression: { 'voided.at': { $exists: true } } });

const LIST_SORT: readonly SortKey[] = SERVICE_LIST_SORT.map(([field, direction]) => [field === 'id' ? '_id' : field, direction]);

export class MongoServiceDeliveryRepository implements ServiceDeliveryRepository {
  readonly model: Model<ServiceDocument>;
  private readonly codec: RecordCodec<ServiceDelivery, StoredServiceDelivery>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.model = connection.models['CaseService'] ?? connection.model<ServiceDocument>('CaseService', serviceSchema);
    this.codec = serviceDeliveryCodec(keys);
  }

  async add(service: ServiceDelivery, events: OutboxRecord[]): Promise<void> {
    await insertWithEvents(this.connection, this.model, toMongo(this.codec.encode(service)), this.outbox, events);
  }

  async update(service: ServiceDelivery, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    await inTransaction(this.connection, async (session) => {
      await replaceVersioned(this.model, 'case_services', toMongo(this.codec.encode(service)), expectedVersion, session, { tenant: service.tenant });
      await this.outbox.add(events, session);
    });
  }

  async findById(tenant: string, caseId: string, id: string): Promise<ServiceDelivery | null> {
    const doc = await this.model.findOne({ _id: id, tenant, caseId }).lean<ServiceDocument>();
    return doc ? this.toService(doc) : null;
  }

  async list(tenant: string, caseId: string, query: { after: ServiceListPosition | null; limit: number }): Promise<ServiceDelivery[]> {
    const filter = { tenant, caseId, ...(query.after ? afterPosition(LIST_SORT, query.after) : {}) };
    const docs = await this.model.find(filter).sort(Object.fromEntries(LIST_SORT)).limit(query.limit).lean<ServiceDocument[]>();
    return docs.map((doc) => this.toService(doc));
  }

  async recordedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]> {
    const docs = await this.model
      .find({ tenant, caseId, ...olderThan(bound, 'recordedAt', '_id') })
      .sort({ recordedAt: -1, _id: -1 })
      .limit(limit)
      .lean<ServiceDocument[]>();
    return docs.map((doc) => this.toService(doc));
  }

  async voidedBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ServiceDelivery[]> {
    const docs = await this.model
      .find({ tenant, caseId, voided: trusted({ $ne: null }), ...olderThan(bound, 'voided.at', '_id') })
      .sort({ 'voided.at': -1, _id: -1 })
      .limit(limit)
      .lean<ServiceDocument[]>();
    return docs.map((doc) => this.toService(doc));
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    await inTransaction(this.connection, async (session) => {
      const docs = await this.model.find({ tenant, caseId }).session(session).lean<ServiceDocument[]>();
      for (const doc of docs) {
        const { _id, ...erased } = toMongo(erasedServiceDelivery(this.keys, fromMongo<StoredServiceDelivery>(doc)));
        await this.model.replaceOne({ _id, tenant }, erased, { session });
      }
    });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private toService(doc: ServiceDocument): ServiceDelivery {
    return this.codec.decode(fromMongo<StoredServiceDelivery>(doc));
  }
}
