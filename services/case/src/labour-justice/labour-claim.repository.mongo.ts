import type { OutboxRecord } from '@corredor/messaging';
import { inTransaction, isMongoReachable, replaceVersioned, translateMongoError, type MongoOutbox } from '@corredor/persistence';
import { afterPosition, type SortKey } from '@corredor/service-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import { fromMongo, toMongo, type FieldSealer, type RecordCodec, type WithMongoId } from '../privacy/sealed-fields';
import { erasedEmployer, labourClaimCodec, type StoredLabourClaim } from './labour-claim.codec';
import type { ClaimStep, LabourClaim } from './labour-claim.domain';
import { CLAIM_LIST_SORT, type ClaimListPosition, type LabourClaimRepository } from './labour-claim.repository';

/** The sealed shape of labour-claim.codec.ts, with the id as `_id`. */
type ClaimDocument = WithMongoId<StoredLabourClaim>;
type StepDocument = Omit<ClaimStep, 'id'> & { _id: string };

// A fresh definition per path: mongoose keeps and may alter the objects it is given.
const cents = () => ({ type: Number, default: null });
const day = () => ({ type: String, default: null });

const claimSchema = new Schema<ClaimDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    // Sealed (labour-claim.codec.ts).
    employer: { type: String, required: true },
    claimType: { type: String, required: true },
    authority: { type: String, required: true },
    status: { type: String, required: true },
    currency: { type: String, required: true },
    amounts: { claimed: cents(), agreed: cents(), awarded: cents(), received: cents() },
    dates: { conciliationFiledOn: day(), agreementOn: day(), judgmentOn: day() },
    // `id` as a plain field: no subdocument _id, and no mongoose `id` virtual over it.
    hearings: [new Schema({ id: { type: String, required: true }, on: String, kind: String, outcome: { type: String, default: null } }, { _id: false, id: false })],
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'labour_claims', versionKey: false, minimize: false },
);
claimSchema.index({ tenant: 1, caseId: 1, createdAt: -1, _id: -1 });

const stepSchema = new Schema<StepDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    claimId: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
    change: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'labour_claim_steps', versionKey: false, minimize: false },
);
stepSchema.index({ tenant: 1, caseId: 1, at: -1, _id: -1 });

const LIST_SORT: readonly SortKey[] = CLAIM_LIST_SORT.map(([field, direction]) => [field === 'id' ? '_id' : field, direction]);

function toStep({ _id, ...rest }: StepDocument): ClaimStep {
  return { id: _id, ...rest };
}

export class MongoLabourClaimRepository implements LabourClaimRepository {
  readonly model: Model<ClaimDocument>;
  readonly steps: Model<StepDocument>;
  private readonly codec: RecordCodec<LabourClaim, StoredLabourClaim>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.codec = labourClaimCodec(keys);
    this.model = connection.models['LabourClaim'] ?? connection.model<ClaimDocument>('LabourClaim', claimSchema);
    this.steps = connection.models['LabourClaimStep'] ?? connection.model<StepDocument>('LabourClaimStep', stepSchema);
  }

  async add(claim: LabourClaim, steps: ClaimStep[], events: OutboxRecord[]): Promise<void> {
    try {
      await inTransaction(this.connection, async (session) => {
        await new this.model(toMongo(this.codec.encode(claim))).save({ session });
        await this.addSteps(steps, session);
        await this.outbox.add(events, session);
      });
    } catch (error) {
      throw translateMongoError(error, 'labour_claims');
    }
  }

  async update(claim: LabourClaim, expectedVersion: number, steps: ClaimStep[], events: OutboxRecord[]): Promise<void> {
    await inTransaction(this.connection, async (session) => {
      await replaceVersioned(this.model, 'labour_claims', toMongo(this.codec.encode(claim)), expectedVersion, session, { tenant: claim.tenant });
      await this.addSteps(steps, session);
      await this.outbox.add(events, session);
    });
  }

  async findById(tenant: string, caseId: string, id: string): Promise<LabourClaim | null> {
    const doc = await this.model.findOne({ _id: id, tenant, caseId }).lean<ClaimDocument>();
    return doc ? this.toClaim(doc) : null;
  }

  async list(tenant: string, caseId: string, query: { after: ClaimListPosition | null; limit: number }): Promise<LabourClaim[]> {
    const filter = { tenant, caseId, ...(query.after ? afterPosition(LIST_SORT, query.after) : {}) };
    const docs = await this.model.find(filter).sort(Object.fromEntries(LIST_SORT)).limit(query.limit).lean<ClaimDocument[]>();
    return docs.map((doc) => this.toClaim(doc));
  }

  async stepsBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ClaimStep[]> {
    const docs = await this.steps
      .find({ tenant, caseId, ...olderThan(bound, 'at', '_id') })
      .sort({ at: -1, _id: -1 })
      .limit(limit)
      .lean<StepDocument[]>();
    return docs.map(toStep);
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    await this.model.updateMany({ tenant, caseId }, { $set: { employer: erasedEmployer(this.keys, tenant) }, $inc: { version: 1 } });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private toClaim(doc: ClaimDocument): LabourClaim {
    return this.codec.decode(fromMongo<StoredLabourClaim>(doc));
  }

  private async addSteps(steps: ClaimStep[], session: Parameters<MongoOutbox['add']>[1]): Promise<void> {
    if (steps.length > 0) await this.steps.insertMany(steps.map(({ id, ...rest }) => ({ _id: id, ...rest })), { session });
  }
}
