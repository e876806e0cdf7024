import { isMongoReachable } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import { afterPosition } from '@corredor/service-kit';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import { IntakeCodec, type StoredIntake } from './intake.codec';
import type { Intake } from './intake.domain';
import { INTAKE_SORT, type IntakePosition, type IntakeRepository } from './intake.repository';

type IntakeDocument = Omit<StoredIntake, 'id'> & { _id: string };

const intakeSchema = new Schema<IntakeDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    returning: { type: Boolean, required: true },
    caseAction: { type: String, required: true },
    // Sealed (IntakeCodec): ciphertext only.
    interview: { type: String, required: true },
    risk: { type: String, required: true },
    consents: { type: String, required: true },
    answers: { type: String, required: true },
    interviewedBy: { type: String, required: true },
    submittedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'intakes', versionKey: false, minimize: false },
);
intakeSchema.index({ tenant: 1, personId: 1, submittedAt: -1, _id: 1 });

const MONGO_SORT = { submittedAt: -1, _id: 1 } as const;
const mongoSort = INTAKE_SORT.map(([field, direction]) => [field === 'id' ? '_id' : field, direction] as const);

function fromIntakeDocument({ _id, ...rest }: IntakeDocument): StoredIntake {
  return { id: _id, ...rest };
}

export class MongoIntakeRepository implements IntakeRepository {
  readonly model: Model<IntakeDocument>;
  readonly codec: IntakeCodec;

  constructor(
    private readonly connection: Connection,
    keys: CentreKeys,
  ) {
    this.model = connection.models['Intake'] ?? connection.model<IntakeDocument>('Intake', intakeSchema);
    this.codec = new IntakeCodec(keys);
  }

  async findById(tenant: string, id: string): Promise<Intake | null> {
    const doc = await this.model.findOne({ _id: id, tenant }).lean<IntakeDocument>();
    return doc ? this.codec.decode(fromIntakeDocument(doc)) : null;
  }

  async listByPerson(tenant: string, personId: string, page: { limit: number; after: IntakePosition | null }): Promise<Intake[]> {
    const filter = { tenant, personId, ...(page.after ? afterPosition(mongoSort, page.after) : {}) };
    const docs = await this.model.find(filter).sort(MONGO_SORT).limit(page.limit).lean<IntakeDocument[]>();
    return docs.map((doc) => this.codec.decode(fromIntakeDocument(doc)));
  }

  /** Inside a transaction that writes the person, consents and events too; the caller translates errors. */
  async insert(intake: Intake, session: ClientSession): Promise<void> {
    const { id, ...rest } = this.codec.encode(intake);
    await this.model.create([{ _id: id, ...rest }], { session });
  }

  /** A person's intake ids, unopened (erasure needs no plaintext). */
  async idsOfPerson(tenant: string, personId: string, session: ClientSession): Promise<string[]> {
    const docs = await this.model.find({ tenant, personId }, { _id: 1 }).session(session).lean<Array<{ _id: string }>>();
    return docs.map((doc) => doc._id);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
