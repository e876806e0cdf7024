import { Schema, type Connection, type Model } from 'mongoose';
import type { ReferableCase, ReferableCaseRepository } from './referable-case';

type Doc = Omit<ReferableCase, 'id'> & { _id: string };

const schema = new Schema<Doc>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
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

  async recordOpened(tenant: string, caseId: string, openedAt: Date): Promise<void> {
    await this.model.updateOne({ _id: `${tenant}/${caseId}` }, { $setOnInsert: { tenant, caseId, status: 'open', openedAt } }, { upsert: true });
  }

  async recordClosed(tenant: string, caseId: string): Promise<void> {
    await this.model.updateOne({ _id: `${tenant}/${caseId}` }, { $set: { status: 'closed' } });
  }

  async find(tenant: string, caseId: string): Promise<ReferableCase | null> {
    const doc = await this.model.findOne({ _id: `${tenant}/${caseId}` }).lean<Doc>();
    return doc ? { id: doc._id, tenant: doc.tenant, caseId: doc.caseId, status: doc.status, openedAt: doc.openedAt } : null;
  }
}
