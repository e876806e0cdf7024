import { isMongoReachable } from '@corredor/persistence';
import { Schema, type Connection, type Model, type PipelineStage } from 'mongoose';
import { peopleServedPipeline, toReport, type Facet, type PeopleServedReport, type Period, type ServedPerson } from './served-person';
import type { ServedPersonRepository } from './served-person.repository';

type ServedPersonDocument = Omit<ServedPerson, 'id'> & { _id: string; caseId: string };

const schema = new Schema<ServedPersonDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    sex: { type: String, required: true },
    ageBand: { type: String, required: true },
    nationality: { type: String, required: true },
    languages: { type: [String], required: true },
    openedAt: { type: Date, required: true },
  },
  { collection: 'served_people', versionKey: false },
);
schema.index({ tenant: 1, openedAt: 1 });
schema.index({ tenant: 1, personId: 1 });

export class MongoServedPersonRepository implements ServedPersonRepository {
  private readonly model: Model<ServedPersonDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['ServedPerson'] ?? connection.model<ServedPersonDocument>('ServedPerson', schema);
  }

  async record(person: ServedPerson): Promise<void> {
    const { id, ...rest } = person;
    await this.model.updateOne({ _id: `${person.tenant}/${id}` }, { $setOnInsert: { ...rest, caseId: id } }, { upsert: true });
  }

  async forgetPerson(tenant: string, personId: string): Promise<number> {
    return (await this.model.deleteMany({ tenant, personId })).deletedCount;
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return (await this.model.updateMany({ tenant, personId }, { $set: { personId: unlinkedId } })).modifiedCount;
  }

  async report(tenant: string, period: Period): Promise<PeopleServedReport> {
    const [facet] = await this.model.aggregate<Facet>(peopleServedPipeline(tenant, period) as PipelineStage[]);
    return toReport(facet);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
