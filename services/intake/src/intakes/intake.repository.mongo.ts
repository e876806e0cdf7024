import { isMongoReachable } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { Intake } from './intake.domain';
import { INTAKE_SORT, type IntakePosition, type IntakeRepository } from './intake.repository';

type IntakeDocument = Omit<Intake, 'id'> & { _id: string };

const intakeSchema = new Schema<IntakeDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    returning: { type: Boolean, required: true },
    caseAction: { type: String, required: true },
    // Validated at the edge by the interview schema; stored as given.
    interview: { type: Schema.Types.Mixed, required: true },
    riskFlags: { type: Schema.Types.Mixed, required: true },
    priority: { type: String, required: true },
    consents: { type: Schema.Types.Mixed, required: true },
    answers: { type: Schema.Types.Mixed, default: null },
    interviewedBy: { type: String, required: true },
    submittedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'intakes', versionKey: false, minimize: false },
);
intakeSchema.index({ tenant: 1, personId: 1, submittedAt: -1, _id: 1 });

const MONGO_SORT = { submittedAt: -1, _id: 1 } as const;
const mongoSort = INTAKE_SORT.map(([field, direction]) => [field === 'id' ? '_id' : field, direction] as const);

function toIntake({ _id, ...rest }: IntakeDocument): Intake {
  return { id: _id, ...rest };
}

export class MongoIntakeRepository implements IntakeRepository {
  readonly model: Model<IntakeDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['Intake'] ?? connection.model<IntakeDocument>('Intake', intakeSchema);
  }

  async findById(tenant: string, id: string): Promise<Intake | null> {
    const doc = await this.model.findOne({ _id: id, tenant }).lean<IntakeDocument>();
    return doc ? toIntake(doc) : null;
  }

  async listByPerson(tenant: string, personId: string, page: { limit: number; after: IntakePosition | null }): Promise<Intake[]> {
    const filter = { tenant, personId, ...(page.after ? afterPosition(mongoSort, page.after) : {}) };
    const docs = await this.model.find(filter).sort(MONGO_SORT).limit(page.limit).lean<IntakeDocument[]>();
    return docs.map(toIntake);
  }

  /** Inside a transaction that writes the person, consents and events too; the caller translates errors. */
  async insert(intake: Intake, session: ClientSession): Promise<void> {
    const { id, ...rest } = intake;
    await this.model.create([{ _id: id, ...rest }], { session });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
