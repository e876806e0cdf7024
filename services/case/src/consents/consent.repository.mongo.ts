import { DuplicateKeyError, isMongoReachable, translateMongoError, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { ConsentScope } from '@corredor/contracts';
import { consentIdOf, consentRecordOf, purposeOf, scopeKeyOf, type ConsentChange, type ConsentDecision, type ConsentQuery, type ConsentRecord } from './consent.domain';
import type { ConsentRepository } from './consent.repository';

type ConsentDocument = Omit<ConsentRecord, 'id'> & { _id: string };

const consentSchema = new Schema<ConsentDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    personId: { type: String, required: true },
    scope: { type: Schema.Types.Mixed, required: true },
    scopeKey: { type: String, required: true },
    given: { type: Boolean, required: true },
    decidedAt: { type: Date, required: true },
  },
  { collection: 'person_consents', versionKey: false, minimize: false },
);
consentSchema.index({ tenant: 1, personId: 1, 'scope.purpose': 1 });

export class MongoConsentRepository implements ConsentRepository {
  readonly model: Model<ConsentDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['PersonConsent'] ?? connection.model<ConsentDocument>('PersonConsent', consentSchema);
  }

  /**
   * One conditional upsert: it matches only a record this change supersedes (the rule of
   * `supersedes`, as a filter); when a later decision is held the upsert tries to insert a second
   * document with the same id, which the primary key refuses, so nothing changes.
   */
  async record(change: ConsentChange): Promise<boolean> {
    const { id, ...rest } = consentRecordOf(change);
    const older = { decidedAt: trusted({ $lt: rest.decidedAt }) };
    const filter = rest.given ? { _id: id, ...older } : { _id: id, $or: [older, { decidedAt: rest.decidedAt, given: true }] };
    try {
      await this.model.updateOne(filter, { $set: rest }, { upsert: true });
      return true;
    } catch (error) {
      if (translateMongoError(error, 'person_consents') instanceof DuplicateKeyError) return false;
      throw error;
    }
  }

  async hasConsent(tenant: string, personId: string, query: ConsentQuery): Promise<boolean> {
    const filter = typeof query === 'string' ? { 'scope.purpose': purposeOf(query) } : { scopeKey: scopeKeyOf(query) };
    return (await this.model.exists({ tenant, personId, given: true, ...filter })) !== null;
  }

  async latestDecision(tenant: string, personId: string, scope: ConsentScope): Promise<ConsentDecision | null> {
    const held = await this.model.findOne({ _id: consentIdOf(tenant, personId, scope) }).lean<ConsentDocument>();
    return held ? { given: held.given, decidedAt: held.decidedAt } : null;
  }

  async eraseOfPerson(tenant: string, personId: string): Promise<void> {
    await this.model.deleteMany({ tenant, personId });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
