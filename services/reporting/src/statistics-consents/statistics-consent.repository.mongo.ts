import { DuplicateKeyError, translateMongoError, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import { statisticsConsentId, type StatisticsConsent, type StatisticsConsentChange, type StatisticsConsentRepository } from './statistics-consent';

type Doc = Omit<StatisticsConsent, 'id'> & { _id: string };

const schema = new Schema<Doc>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    state: { type: String, enum: ['given', 'withdrawn'], required: true },
    changedAt: { type: Date, required: true },
  },
  { collection: 'statistics_consents', versionKey: false },
);

export class MongoStatisticsConsentRepository implements StatisticsConsentRepository {
  private readonly model: Model<Doc>;

  constructor(connection: Connection) {
    this.model = connection.models['StatisticsConsent'] ?? connection.model<Doc>('StatisticsConsent', schema);
  }

  async record(change: StatisticsConsentChange): Promise<void> {
    const _id = statisticsConsentId(change.tenant, change.personId);
    // The filter is `supersedes` in MongoDB's words: match a stored change it replaces, or insert when there is none.
    const replaces = [{ changedAt: trusted({ $lt: change.changedAt }) }, ...(change.state === 'withdrawn' ? [{ changedAt: change.changedAt, state: 'given' as const }] : [])];
    try {
      await this.model.updateOne({ _id, $or: replaces }, { $set: change }, { upsert: true });
    } catch (error) {
      // A newer change is stored: the upsert's insert met it.
      if (!(translateMongoError(error, 'statistics_consents') instanceof DuplicateKeyError)) throw error;
    }
  }

  async isWithdrawn(tenant: string, personId: string): Promise<boolean> {
    const doc = await this.model.findOne({ _id: statisticsConsentId(tenant, personId) }, { state: 1 }).lean<Pick<Doc, 'state'>>();
    return doc?.state === 'withdrawn';
  }
}
