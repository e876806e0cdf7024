import { trusted } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import { REFERRAL_STATUSES, statusesAccepting, withdrawConsent, type Referral } from './referral.domain';
import { referralOrder, type ReferralPosition, type ReferralRepository } from './referral.repository';

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
  madeAt: doc.madeAt,
  madeBy: doc.madeBy,
});

export class MongoReferralRepository implements ReferralRepository {
  private readonly model: Model<Doc>;

  constructor(connection: Connection) {
    this.model = connection.models['Referral'] ?? connection.model<Doc>('Referral', schema);
  }

  async add(referral: Referral): Promise<void> {
    const { id, ...rest } = referral;
    await this.model.create({ _id: id, ...rest });
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

  async withdrawConsent(tenant: string, personId: string, partnerId: string, at: Date): Promise<number> {
    const pending = await this.model.find({ tenant, personId, partnerId, status: trusted({ $in: statusesAccepting('withdraw-consent') }) }).lean<Doc[]>();
    let changed = 0;
    for (const doc of pending) {
      const next = withdrawConsent(toReferral(doc), at);
      // Only if nobody moved it meanwhile: the domain decided from this status.
      const result = await this.model.updateOne(
        { _id: doc._id, status: doc.status },
        { $set: { status: next.status, ...(next.consentWithdrawnAt ? { consentWithdrawnAt: next.consentWithdrawnAt } : {}) } },
      );
      changed += result.modifiedCount;
    }
    return changed;
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return (await this.model.updateMany({ tenant, personId }, { $set: { personId: unlinkedId } })).modifiedCount;
  }
}
