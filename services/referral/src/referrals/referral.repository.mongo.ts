import { REFERRAL_STATUSES, type ReferralStatus } from '@corredor/contracts';
import type { OutboxRecord } from '@corredor/messaging';
import { insertWithEvents, inTransaction, trusted, type MongoOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import { statusesAccepting, type Referral } from './referral.domain';
import { referralOrder, statusFields, type ReferralPosition, type ReferralRepository } from './referral.repository';

/** Referrals made before consents were recorded in the intake service have no `consent`. */
type Doc = Omit<Referral, 'id' | 'consent'> & { _id: string; consent?: Referral['consent'] };

// `id: false`: the consent's `id` is a field here, not mongoose's alias of `_id`.
const consentSchema = new Schema<NonNullable<Referral['consent']>>(
  { id: { type: String, required: true }, givenAt: { type: Date, required: true } },
  { _id: false, id: false },
);

const schema = new Schema<Doc>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    personId: { type: String, required: true },
    partnerId: { type: String, required: true },
    need: { type: String, required: true },
    consent: { type: consentSchema, default: null },
    status: { type: String, enum: REFERRAL_STATUSES, required: true },
    consentWithdrawnAt: { type: Date },
    concludedAt: { type: Date },
    concludedBy: { type: String },
    madeAt: { type: Date, required: true },
    madeBy: { type: String, required: true },
  },
  { collection: 'referrals', versionKey: false },
);
schema.index({ tenant: 1, caseId: 1, madeAt: 1, _id: 1 });
schema.index({ tenant: 1, personId: 1, partnerId: 1, status: 1 });

const toReferral = (doc: Doc): Referral => ({
  id: doc._id,
  tenant: doc.tenant,
  caseId: doc.caseId,
  personId: doc.personId,
  partnerId: doc.partnerId,
  need: doc.need,
  consent: doc.consent ?? null,
  status: doc.status,
  ...(doc.consentWithdrawnAt ? { consentWithdrawnAt: doc.consentWithdrawnAt } : {}),
  ...(doc.concludedAt ? { concludedAt: doc.concludedAt } : {}),
  ...(doc.concludedBy ? { concludedBy: doc.concludedBy } : {}),
  madeAt: doc.madeAt,
  madeBy: doc.madeBy,
});

export class MongoReferralRepository implements ReferralRepository {
  private readonly model: Model<Doc>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
  ) {
    this.model = connection.models['Referral'] ?? connection.model<Doc>('Referral', schema);
  }

  async add(referral: Referral, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = referral;
    await insertWithEvents(this.connection, this.model, { _id: id, ...rest }, this.outbox, events);
  }

  async find(tenant: string, caseId: string, id: string): Promise<Referral | null> {
    const doc = await this.model.findOne({ _id: id, tenant, caseId }).lean<Doc>();
    return doc ? toReferral(doc) : null;
  }

  async listForCase(tenant: string, caseId: string, page: { after: ReferralPosition | null; limit: number }): Promise<Referral[]> {
    const order = referralOrder('_id');
    const docs = await this.model
      .find({ tenant, caseId, ...(page.after ? afterPosition(order, page.after) : {}) })
      .sort(Object.fromEntries(order))
      .limit(page.limit)
      .lean<Doc[]>();
    return docs.map(toReferral);
  }

  async listStoppable(tenant: string, personId: string, partnerId: string): Promise<Referral[]> {
    const docs = await this.model
      .find({ tenant, personId, partnerId, status: trusted({ $in: statusesAccepting('withdraw-consent') }) })
      .sort({ madeAt: 1, _id: 1 })
      .lean<Doc[]>();
    return docs.map(toReferral);
  }

  async changeStatus(changed: Referral, from: ReferralStatus, events: OutboxRecord[]): Promise<boolean> {
    // A concurrent change of the same referral makes MongoDB retry this transaction, which then finds it moved.
    return inTransaction(this.connection, async (session) => {
      const result = await this.model.updateOne({ _id: changed.id, tenant: changed.tenant, status: from }, { $set: statusFields(changed) }, { session });
      if (result.matchedCount === 0) return false;
      await this.outbox.add(events, session);
      return true;
    });
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return (await this.model.updateMany({ tenant, personId }, { $set: { personId: unlinkedId } })).modifiedCount;
  }
}
