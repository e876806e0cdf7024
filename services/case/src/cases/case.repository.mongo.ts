import { inTransaction, isMongoReachable, NotFoundError, translateMongoError, VersionConflictError, type MongoOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { TimelinePosition } from '../timeline/timeline-source';
import { fromMongo, toMongo, type FieldSealer, type RecordCodec, type WithMongoId } from '../privacy/sealed-fields';
import type { Case } from './case.domain';
import { caseCodec, type StoredCase } from './case.codec';
import type { CaseHistoryEntry } from './case-history';
import { listFilter, sortDocument, type CaseListQuery } from './case-list';
import type { CaseRepository, CaseWrite } from './case.repository';

/** The sealed shape of case.codec.ts, with the id as `_id`. */
type CaseDocument = WithMongoId<StoredCase>;
type IntakeKeyDocument = { _id: string; tenant: string; intakeId: string; caseId: string };
type HistoryDocument = Omit<CaseHistoryEntry, 'id'> & { _id: string };

const flagSchema = new Schema({ screen: { type: String, required: true }, flag: { type: String, required: true }, level: { type: String, required: true } }, { _id: false });
const closureSchema = new Schema(
  { outcome: { type: String, required: true }, closedBy: { type: String, default: null }, signedOffBy: { type: String, default: null } },
  { _id: false },
);
const pendingClosureSchema = new Schema(
  { outcome: { type: String, required: true }, requestedBy: { type: String, default: null }, requestedAt: { type: Date, required: true } },
  { _id: false },
);

const caseSchema = new Schema<CaseDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    intakeIds: { type: [String], required: true },
    // Sealed (case.codec.ts).
    alias: { type: String, required: true },
    profile: { type: String, required: true },
    status: { type: String, required: true },
    priority: { type: String, required: true },
    priorityRank: { type: Number, required: true },
    riskFlags: { type: [flagSchema], default: [] },
    countInStatistics: { type: Boolean, required: true },
    assignee: { type: String, default: null },
    openedAt: { type: Date, required: true },
    activatedAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
    closure: { type: closureSchema, default: null },
    pendingClosure: { type: pendingClosureSchema, default: null },
    reopenedAt: { type: Date, default: null },
    version: { type: Number, required: true },
  },
  { collection: 'cases', versionKey: false },
);
// The lists of the day's work: each filter with the default sort (newest), and the priority sort.
caseSchema.index({ tenant: 1, openedAt: -1, _id: -1 });
caseSchema.index({ tenant: 1, status: 1, openedAt: -1, _id: -1 });
caseSchema.index({ tenant: 1, assignee: 1, status: 1, openedAt: -1 });
caseSchema.index({ tenant: 1, priority: 1, openedAt: -1 });
caseSchema.index({ tenant: 1, priorityRank: -1, openedAt: 1, _id: 1 });
caseSchema.index({ tenant: 1, 'riskFlags.screen': 1, openedAt: -1 });
caseSchema.index({ tenant: 1, 'riskFlags.flag': 1, openedAt: -1 });
caseSchema.index({ tenant: 1, personId: 1, openedAt: -1, _id: -1 });

/** One document per attached intake, `_id` = `<tenant>/<intake id>`: an intake can be claimed by one case only. */
const intakeKeySchema = new Schema<IntakeKeyDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    intakeId: { type: String, required: true },
    caseId: { type: String, required: true },
  },
  { collection: 'case_intakes', versionKey: false },
);
intakeKeySchema.index({ tenant: 1, intakeId: 1 }, { unique: true, name: 'tenant_intakeId' });

const historySchema = new Schema<HistoryDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    kind: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: String, default: null },
    detail: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'case_history', versionKey: false, minimize: false },
);
historySchema.index({ tenant: 1, caseId: 1, at: -1, _id: -1 });


const intakeKey = (tenant: string, intakeId: string, caseId: string): IntakeKeyDocument => ({ _id: `${tenant}/${intakeId}`, tenant, intakeId, caseId });

export class MongoCaseRepository implements CaseRepository {
  readonly model: Model<CaseDocument>;
  private readonly intakeKeys: Model<IntakeKeyDocument>;
  private readonly historyModel: Model<HistoryDocument>;
  private readonly codec: RecordCodec<Case, StoredCase>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
    keys: FieldSealer,
  ) {
    this.codec = caseCodec(keys);
    this.model = connection.models['Case'] ?? connection.model<CaseDocument>('Case', caseSchema);
    this.intakeKeys = connection.models['CaseIntake'] ?? connection.model<IntakeKeyDocument>('CaseIntake', intakeKeySchema);
    this.historyModel = connection.models['CaseHistory'] ?? connection.model<HistoryDocument>('CaseHistory', historySchema);
  }

  async add(kase: Case, write: CaseWrite): Promise<void> {
    await this.transaction(async (session) => {
      await new this.model(this.toDocument(kase)).save({ session });
      await this.intakeKeys.insertMany(
        kase.intakeIds.map((intakeId) => intakeKey(kase.tenant, intakeId, kase.id)),
        { session },
      );
      await this.save(write, session);
    });
  }

  async update(kase: Case, expectedVersion: number, write: CaseWrite): Promise<void> {
    await this.transaction(async (session) => {
      const { _id, ...replacement } = this.toDocument(kase);
      const before = await this.model
        .findOneAndReplace({ _id, tenant: kase.tenant, version: expectedVersion }, { ...replacement, version: expectedVersion + 1 }, { session, returnDocument: 'before' })
        .lean<CaseDocument>();
      if (!before) {
        const exists = await this.model.exists({ _id, tenant: kase.tenant }).session(session);
        throw exists ? new VersionConflictError('cases', kase.id, expectedVersion) : new NotFoundError('cases', kase.id);
      }
      const attached = kase.intakeIds.filter((intakeId) => !before.intakeIds.includes(intakeId));
      if (attached.length > 0) {
        await this.intakeKeys.insertMany(
          attached.map((intakeId) => intakeKey(kase.tenant, intakeId, kase.id)),
          { session },
        );
      }
      await this.save(write, session);
    });
  }

  async findById(tenant: string, id: string): Promise<Case | null> {
    const doc = await this.model.findOne({ tenant, _id: id }).lean<CaseDocument>();
    return doc ? this.toCase(doc) : null;
  }

  async findByIntake(tenant: string, intakeId: string): Promise<Case | null> {
    const key = await this.intakeKeys.findOne({ tenant, intakeId }).lean<IntakeKeyDocument>();
    return key ? this.findById(tenant, key.caseId) : null;
  }

  async ofPerson(tenant: string, personId: string, limit: number): Promise<Case[]> {
    const docs = await this.model.find({ tenant, personId }).sort({ openedAt: -1, _id: -1 }).limit(limit).lean<CaseDocument[]>();
    return docs.map((doc) => this.toCase(doc));
  }

  async list(tenant: string, query: CaseListQuery): Promise<Case[]> {
    const docs = await this.model.find(listFilter(tenant, query, '_id')).sort(sortDocument(query.sort, '_id')).limit(query.limit).lean<CaseDocument[]>();
    return docs.map((doc) => this.toCase(doc));
  }

  async history(tenant: string, caseId: string, query: { before: TimelinePosition | null; limit: number }): Promise<CaseHistoryEntry[]> {
    const filter = { tenant, caseId, ...(query.before ? afterPosition([['at', -1], ['_id', -1]], query.before) : {}) };
    const docs = await this.historyModel.find(filter).sort({ at: -1, _id: -1 }).limit(query.limit).lean<HistoryDocument[]>();
    return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }) as CaseHistoryEntry);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private toDocument(kase: Case): CaseDocument {
    return toMongo(this.codec.encode(kase));
  }

  private toCase(doc: CaseDocument): Case {
    return this.codec.decode(fromMongo<StoredCase>(doc));
  }

  private async save(write: CaseWrite, session: ClientSession): Promise<void> {
    if (write.history.length > 0) {
      await this.historyModel.insertMany(
        write.history.map(({ id, ...rest }) => ({ _id: id, ...rest })),
        { session },
      );
    }
    if (write.events.length > 0) await this.outbox.add(write.events, session);
  }

  /** All or nothing; a unique key refusing a write surfaces as DuplicateKeyError, as in memory. */
  private async transaction(work: (session: ClientSession) => Promise<void>): Promise<void> {
    try {
      await inTransaction(this.connection, work);
    } catch (error) {
      throw translateMongoError(error, 'cases');
    }
  }
}
