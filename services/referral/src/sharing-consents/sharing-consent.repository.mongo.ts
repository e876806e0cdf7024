import { DuplicateKeyError, translateMongoError, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import { sharingConsentId, type SharingConsent, type SharingConsentChange, type SharingConsentRepository } from './sharing-consent';

type Doc = Omit<SharingConsent, 'id'> & { _id: string };

const schema = new Schema<Doc>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    partnerId: { type: String, required: true },
    consentId: { type: String, required: true },
    state: { type: String, enum: ['given', 'withdrawn'], required: true },
    changedAt: { type: Date, required: true },
  },
  { collection: 'sharing_consents', versionKey: false },
);

export class MongoSharingConsentRepository implements SharingConsentRepository {
  private readonly model: Model<Doc>;

  constructor(connection: Connection) {
    this.model = connection.models['SharingConsent'] ?? connection.model<Doc>('SharingConsent', schema);
  }

  async record(change: SharingConsentChange): Promise<void> {
    const _id = sharingConsentId(change.tenant, change.personId, change.partnerId);
    // The filter is `supersedes` in MongoDB's words: match a stored change it replaces, or insert when there is none.
    const replaces = [{ changedAt: trusted({ $lt: change.changedAt }) }, ...(change.state === 'withdrawn' ? [{ changedAt: change.changedAt, state: 'given' as const }] : [])];
    try {
      await this.model.updateOne({ _id, $or: replaces }, { $set: change }, { upsert: true });
    } catch (error) {
      // A newer change is stored: the upsert's insert met it.
      if (!(translateMongoError(error, 'sharing_consents') instanceof DuplicateKeyError)) throw error;
    }
  }

  async find(tenant: string, personId: string, partnerId: string): Promise<SharingConsent | null> {
    const doc = await this.model.findOne({ _id: sharingConsentId(tenant, personId, partnerId) }).lean<Doc>();
    if (!doc) return null;
    return { id: doc._id, tenant: doc.tenant, personId: doc.personId, partnerId: doc.partnerId, consentId: doc.consentId, state: doc.state, changedAt: doc.changedAt };
  }

  async forgetPerson(tenant: string, personId: string): Promise<number> {
    return (await this.model.deleteMany({ tenant, personId })).deletedCount;
  }
}
