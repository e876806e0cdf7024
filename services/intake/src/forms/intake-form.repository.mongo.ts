import { isMongoReachable, translateMongoError } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { IntakeForm } from './intake-form.domain';
import type { IntakeFormRepository } from './intake-form.repository';

type IntakeFormDocument = Omit<IntakeForm, 'id'> & { _id: string };

const schema = new Schema<IntakeFormDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    version: { type: Number, required: true },
    // Labels are keyed by language code: kept as written, never minimised away.
    questions: { type: Schema.Types.Mixed },
    knownQuestions: { type: Schema.Types.Mixed },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
  },
  { collection: 'intake_forms', versionKey: false, minimize: false },
);
schema.index({ tenant: 1, version: -1 }, { unique: true, name: 'tenant_version' });

const toForm = ({ _id, ...rest }: IntakeFormDocument): IntakeForm => ({ id: _id, ...rest });

export class MongoIntakeFormRepository implements IntakeFormRepository {
  readonly model: Model<IntakeFormDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['IntakeForm'] ?? connection.model<IntakeFormDocument>('IntakeForm', schema);
  }

  async current(tenant: string): Promise<IntakeForm | null> {
    const doc = await this.model.findOne({ tenant }).sort({ version: -1 }).lean<IntakeFormDocument>();
    return doc ? toForm(doc) : null;
  }

  async findVersion(tenant: string, version: number): Promise<IntakeForm | null> {
    const doc = await this.model.findOne({ tenant, version }).lean<IntakeFormDocument>();
    return doc ? toForm(doc) : null;
  }

  async add(form: IntakeForm): Promise<void> {
    const { id, ...rest } = form;
    try {
      await this.model.create({ _id: id, ...rest });
    } catch (error) {
      throw translateMongoError(error, 'intake_forms');
    }
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
