import { translateMongoError, trusted } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Partner } from './partner.domain';
import { partnerOrder, type PartnerQuery, type PartnerRepository } from './partner.repository';

type PartnerDocument = Omit<Partner, 'id'> & { _id: string };

const schema = new Schema<PartnerDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String },
    contact: { type: new Schema({ phone: String, email: String, website: String }, { _id: false }), default: undefined },
    nameKey: { type: String, required: true },
    services: { type: [String], required: true },
    agreementSigned: { type: Boolean, required: true },
    languages: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
  },
  { collection: 'partners', versionKey: false },
);
schema.index({ tenant: 1, nameKey: 1 }, { unique: true, name: 'tenant_nameKey' });

const toPartner = ({ _id, ...rest }: PartnerDocument): Partner => ({ id: _id, ...rest });

export class MongoPartnerRepository implements PartnerRepository {
  private readonly model: Model<PartnerDocument>;

  constructor(connection: Connection) {
    this.model = connection.models['Partner'] ?? connection.model<PartnerDocument>('Partner', schema);
  }

  async add(partner: Partner): Promise<void> {
    const { id, ...rest } = partner;
    try {
      await this.model.create({ _id: id, ...rest });
    } catch (error) {
      throw translateMongoError(error, 'partners');
    }
  }

  async findById(tenant: string, id: string): Promise<Partner | null> {
    const doc = await this.model.findOne({ tenant, _id: id }).lean<PartnerDocument>();
    return doc ? toPartner(doc) : null;
  }

  async findByIds(tenant: string, ids: readonly string[]): Promise<Partner[]> {
    const docs = await this.model.find({ tenant, _id: trusted({ $in: [...ids] }) }).lean<PartnerDocument[]>();
    return docs.map(toPartner);
  }

  async list(tenant: string, query: PartnerQuery): Promise<Partner[]> {
    const order = partnerOrder('_id');
    const docs = await this.model
      .find({ tenant, ...(query.service ? { services: query.service } : {}), ...(query.after ? afterPosition(order, query.after) : {}) })
      .sort(Object.fromEntries(order))
      .limit(query.limit)
      .lean<PartnerDocument[]>();
    return docs.map(toPartner);
  }
}
