import { inTransaction, isMongoReachable, replaceVersioned, translateMongoError } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SharingAgreement, SharingTerms } from './sharing-agreement.domain';
import { afterPosition } from '@corredor/service-kit';
import { AGREEMENT_ORDER, type AgreementFilter, type AgreementPosition, type SharingAgreementRepository } from './sharing-agreement.repository';

type AgreementDocument = Omit<SharingAgreement, 'id'> & { _id: string };

const COLLECTION = 'sharing_agreements';

const schema = new Schema<AgreementDocument>(
  {
    _id: { type: String, required: true },
    centre: { type: String, required: true },
    network: { type: String, required: true },
    // Indicators with their breakdowns (arrays of arrays), the period kind, k and rounding: read and written whole.
    terms: { type: Schema.Types.Mixed, required: true },
    firstPeriod: { type: String, required: true },
    status: { type: String, enum: ['active', 'revoked'], required: true },
    agreedAt: { type: Date, required: true },
    agreedBy: { type: String, required: true },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: String, default: null },
    settled: { type: Boolean, required: true },
    version: { type: Number, required: true },
  },
  { collection: COLLECTION, versionKey: false, minimize: false },
);
schema.index({ centre: 1, network: 1 }, { unique: true, name: 'one_active_per_centre_network', partialFilterExpression: { status: 'active' } });
schema.index({ centre: 1, agreedAt: -1, _id: -1 });
schema.index({ settled: 1, agreedAt: 1, _id: 1 });

const toAgreement = ({ _id, terms, ...rest }: AgreementDocument): SharingAgreement => ({ id: _id, terms: terms as SharingTerms, ...rest });
const toDocument = ({ id, ...rest }: SharingAgreement): AgreementDocument => ({ _id: id, ...rest });

export class MongoSharingAgreementRepository implements SharingAgreementRepository {
  private readonly model: Model<AgreementDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['SharingAgreement'] ?? connection.model<AgreementDocument>('SharingAgreement', schema);
  }

  async add(agreement: SharingAgreement): Promise<void> {
    try {
      await this.model.create(toDocument(agreement));
    } catch (error) {
      throw translateMongoError(error, COLLECTION);
    }
  }

  async update(agreement: SharingAgreement, expectedVersion: number): Promise<void> {
    try {
      await inTransaction(this.connection, (session) => replaceVersioned(this.model, COLLECTION, toDocument(agreement), expectedVersion, session, { centre: agreement.centre }));
    } catch (error) {
      throw translateMongoError(error, COLLECTION);
    }
  }

  async findById(centre: string, id: string): Promise<SharingAgreement | null> {
    const doc = await this.model.findOne({ _id: id, centre }).lean<AgreementDocument>();
    return doc ? toAgreement(doc) : null;
  }

  async listForCentre(centre: string, filter: AgreementFilter, page: { after: AgreementPosition | null; limit: number }): Promise<SharingAgreement[]> {
    const order = AGREEMENT_ORDER('_id');
    const docs = await this.model
      .find({
        centre,
        ...(filter.network ? { network: filter.network } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(page.after ? afterPosition(order, page.after) : {}),
      })
      .sort(Object.fromEntries(order))
      .limit(page.limit)
      .lean<AgreementDocument[]>();
    return docs.map(toAgreement);
  }

  async withNetwork(centre: string, network: string): Promise<SharingAgreement[]> {
    const docs = await this.model.find({ centre, network }).sort({ agreedAt: 1, _id: 1 }).lean<AgreementDocument[]>();
    return docs.map(toAgreement);
  }

  async toPublish(): Promise<SharingAgreement[]> {
    const docs = await this.model.find({ settled: false }).sort({ agreedAt: 1, _id: 1 }).lean<AgreementDocument[]>();
    return docs.map(toAgreement);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
