import { Schema, type Connection, type Model } from 'mongoose';
import type { Referral } from './referral.domain';
import type { ReferralRepository } from './referral.repository';

type Doc = Omit<Referral, 'id'> & { _id: string };

const schema = new Schema<Doc>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    partnerId: { type: String, required: true },
    need: { type: String, required: true },
    consentToShare: { given: { type: Boolean, required: true }, recordedAt: { type: Date, required: true } },
    status: { type: String, required: true },
    madeAt: { type: Date, required: true },
    madeBy: { type: String, required: true },
  },
  { collection: 'referrals', versionKey: false },
);
schema.index({ tenant: 1, caseId: 1, madeAt: 1 });

export class MongoReferralRepository implements ReferralRepository {
  private readonly model: Model<Doc>;

  constructor(connection: Connection) {
    this.model = connection.models['Referral'] ?? connection.model<Doc>('Referral', schema);
  }

  async add(referral: Referral): Promise<void> {
    const { id, ...rest } = referral;
    await this.model.create({ _id: id, ...rest });
  }

  async listForCase(tenant: string, caseId: string): Promise<Referral[]> {
    const docs = await this.model.find({ tenant, caseId }).sort({ madeAt: 1, _id: 1 }).lean<Doc[]>();
    return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }
}
