import { insertWithEvents, isMongoReachable, type MongoOutbox } from '@corredor/persistence';
import type { OutboxRecord } from '@corredor/messaging';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Intake } from './intake.domain';
import type { IntakeRepository } from './intake.repository';

type IntakeDocument = Omit<Intake, 'id'> & { _id: string };

const intakeSchema = new Schema<IntakeDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    alias: { type: String, required: true },
    sex: { type: String, required: true },
    yearOfBirth: { type: Number, default: null },
    nationality: { type: String, required: true },
    languages: { type: [String], required: true },
    consent: { storeData: { type: Boolean, required: true }, recordedAt: { type: Date, required: true } },
    interviewedBy: { type: String, required: true },
    submittedAt: { type: Date, required: true },
    idempotencyKey: { type: String, default: null },
    version: { type: Number, required: true },
  },
  { collection: 'intakes', versionKey: false },
);
intakeSchema.index({ tenant: 1, submittedAt: -1 });
intakeSchema.index(
  { tenant: 1, idempotencyKey: 1 },
  { unique: true, name: 'tenant_idempotencyKey', partialFilterExpression: { idempotencyKey: { $type: 'string' } } },
);

function toIntake({ _id, ...rest }: IntakeDocument): Intake {
  return { id: _id, ...rest };
}

export class MongoIntakeRepository implements IntakeRepository {
  readonly model: Model<IntakeDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly outbox: MongoOutbox,
  ) {
    this.model = connection.models['Intake'] ?? connection.model<IntakeDocument>('Intake', intakeSchema);
  }

  async add(intake: Intake, events: OutboxRecord[]): Promise<void> {
    const { id, ...rest } = intake;
    await insertWithEvents(this.connection, this.model, { _id: id, ...rest }, this.outbox, events);
  }

  async findById(tenant: string, id: string): Promise<Intake | null> {
    const doc = await this.model.findOne({ tenant, _id: id }).lean<IntakeDocument>();
    return doc ? toIntake(doc) : null;
  }

  async findByIdempotencyKey(tenant: string, key: string): Promise<Intake | null> {
    const doc = await this.model.findOne({ tenant, idempotencyKey: key }).lean<IntakeDocument>();
    return doc ? toIntake(doc) : null;
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
