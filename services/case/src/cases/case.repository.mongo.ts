import type { OutboxRecord } from '@corredor/messaging';
import { inTransaction, insertWithEvents, isMongoReachable, NotFoundError, VersionConflictError, type MongoOutbox } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Case } from './case.domain';
import type { CaseQuery, CaseRepository } from './case.repository';

type CaseDocument = Omit<Case, 'id'> & { _id: string };

const caseSchema = new Schema<CaseDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    intakeId: { type: String, required: true },
    alias: { type: String, required: true },
    profile: {
      sex: { type: String, required: true },
      ageBand: { type: String, required: true },
      nationality: { type: String, required: true },
      languages: { type: [String], required: true },
    },
    status: { type: String, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    outcome: { type: String, default: null },
    version: { type: Number, required: true },
  },
  { collection: 'cases', versionKey: false },
);
caseSchema.index({ tenant: 1, intakeId: 1 }, { unique: true, name: 'tenant_intakeId' });
caseSchema.index({ tenant: 1, status: 1, openedAt: -1 });

function toCase({ _id, ...rest }: CaseDocument): Case {
  return { id: _id, ...rest };
}

export class MongoCaseRepository implements CaseRepository {
  readonly model: Model<CaseDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
  ) {
    this.model = connection.models['Case'] ?? connection.model<CaseDocument>('Case', caseSchema);
  }

  async add(kase: Case, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = kase;
    await insertWithEvents(this.connection, this.model, { _id: id, ...rest }, this.outbox, events);
  }

  async update(kase: Case, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = kase;
    await inTransaction(this.connection, async (session) => {
      const result = await this.model.replaceOne(
        { _id: id, tenant: kase.tenant, version: expectedVersion },
        { ...rest, version: expectedVersion + 1 },
        { session },
      );
      if (result.matchedCount === 0) {
        const exists = await this.model.exists({ _id: id, tenant: kase.tenant }).session(session);
        throw exists ? new VersionConflictError('cases', id, expectedVersion) : new NotFoundError('cases', id);
      }
      await this.outbox.add(events, session);
    });
  }

  async findById(tenant: string, id: string): Promise<Case | null> {
    const doc = await this.model.findOne({ tenant, _id: id }).lean<CaseDocument>();
    return doc ? toCase(doc) : null;
  }

  async findByIntake(tenant: string, intakeId: string): Promise<Case | null> {
    const doc = await this.model.findOne({ tenant, intakeId }).lean<CaseDocument>();
    return doc ? toCase(doc) : null;
  }

  async list(tenant: string, query: CaseQuery): Promise<{ items: Case[]; total: number }> {
    const filter = { tenant, ...(query.status ? { status: query.status } : {}) };
    const [docs, total] = await Promise.all([
      this.model.find(filter).sort({ openedAt: -1, _id: 1 }).skip(query.offset).limit(query.limit).lean<CaseDocument[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items: docs.map(toCase), total };
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
