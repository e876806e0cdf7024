import { Schema, type Connection, type Model } from 'mongoose';
import type { ReferableCase, ReferableCaseRepository } from './referable-case';

type Doc = Omit<ReferableCase, 'id'> & { _id: string };

const schema = new Schema<Doc>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    personId: { type: String, required: true },
    status: { type: String, required: true },
    openedAt: { type: Date, required: true },
  },
  { collection: 'referable_cases', versionKey: false },
);

export class MongoReferableCaseRepository implements ReferableCaseRepository {
  private readonly model: Model<Doc>;

  constructor(connection: Connection) {
    this.model = connection.models['ReferableCase'] ?? connection.model<Doc>('ReferableCase', schema);
  }

  async recordOpened(tenant: string, caseId: string, personId: string, openedAt: Date): Promise<void> {
    await this.model.updateOne({ _id: `${tenant}/${caseId}` }, { $setOnInsert: { tenant, caseId, personId, status: 'open', openedAt } }, { upsert: true });
  }

  async recordStatus(tenant: string, caseId: string, status: ReferableCase['status']): Promise<void> {
    await this.model.updateOne({ _id: `${tenant}/${caseId}` }, { $set: { status } });
  }

  async find(tenant: string, caseId: string): Promise<ReferableCase | null> {
    const doc = await this.model.findOne({ _id: `${tenant}/${caseId}` }).lean<Doc>();
    return doc ? { id: doc._id, tenant: doc.tenant, caseId: doc.caseId, personId: doc.personId, status: doc.status, openedAt: doc.openedAt } : null;
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return (await this.model.updateMany({ tenant, personId }, { $set: { personId: unlinkedId } })).modifiedCount;
  }
}
