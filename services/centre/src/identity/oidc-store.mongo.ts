import { isMongoReachable, trusted } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import { expiryOf, indexedFields, type OidcPayload, type OidcStore } from './oidc-store.port';

interface OidcDocument {
  /** `${model}:${id}` */
  _id: string;
  model: string;
  /** JSON: payload keys are oidc-provider's (resource indicators, `x5t#S256`...), not all valid field names. */
  payload: string;
  grantId: string | null;
  uid: string | null;
  userCode: string | null;
  expiresAt: Date | null;
  consumed: number | null;
}

const oidcSchema = new Schema<OidcDocument>(
  {
    _id: { type: String, required: true },
    model: { type: String, required: true },
    payload: { type: String, required: true },
    grantId: { type: String, default: null },
    uid: { type: String, default: null },
    userCode: { type: String, default: null },
    expiresAt: { type: Date, default: null },
    consumed: { type: Number, default: null },
  },
  { collection: 'oidc_records', versionKey: false },
);
// MongoDB removes expired records within a minute or so; reads filter them out before that.
oidcSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0, name: 'expiresAt_ttl' });
oidcSchema.index({ model: 1, grantId: 1 }, { partialFilterExpression: { grantId: { $type: 'string' } }, name: 'model_grantId' });
oidcSchema.index({ model: 1, uid: 1 }, { partialFilterExpression: { uid: { $type: 'string' } }, name: 'model_uid' });
oidcSchema.index({ model: 1, userCode: 1 }, { partialFilterExpression: { userCode: { $type: 'string' } }, name: 'model_userCode' });

export class MongoOidcStore implements OidcStore {
  readonly model: Model<OidcDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly clock: () => Date,
  ) {
    this.model = connection.models['OidcRecord'] ?? connection.model<OidcDocument>('OidcRecord', oidcSchema);
  }

  async upsert(model: string, id: string, payload: OidcPayload, expiresInSeconds?: number): Promise<void> {
    const consumed = typeof payload['consumed'] === 'number' ? payload['consumed'] : null;
    const doc = { model, payload: JSON.stringify(payload), ...indexedFields(payload), expiresAt: expiryOf(this.clock(), expiresInSeconds), consumed };
    await this.model.replaceOne({ _id: `${model}:${id}` }, doc, { upsert: true });
  }

  async find(model: string, id: string): Promise<OidcPayload | undefined> {
    return this.payloadOf(await this.model.findOne({ _id: `${model}:${id}`, ...this.live() }).lean<OidcDocument>());
  }

  async findByUid(model: string, uid: string): Promise<OidcPayload | undefined> {
    return this.payloadOf(await this.model.findOne({ model, uid, ...this.live() }).lean<OidcDocument>());
  }

  async findByUserCode(model: string, userCode: string): Promise<OidcPayload | undefined> {
    return this.payloadOf(await this.model.findOne({ model, userCode, ...this.live() }).lean<OidcDocument>());
  }

  async consume(model: string, id: string): Promise<void> {
    await this.model.updateOne({ _id: `${model}:${id}` }, { $set: { consumed: Math.floor(this.clock().getTime() / 1000) } });
  }

  async destroy(model: string, id: string): Promise<void> {
    await this.model.deleteOne({ _id: `${model}:${id}` });
  }

  async revokeByGrantId(model: string, grantId: string): Promise<void> {
    await this.model.deleteMany({ model, grantId });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private live() {
    return { $or: [{ expiresAt: null }, { expiresAt: trusted({ $gt: this.clock() }) }] };
  }

  private payloadOf(doc: OidcDocument | null): OidcPayload | undefined {
    if (!doc) return undefined;
    const payload = JSON.parse(doc.payload) as OidcPayload;
    return doc.consumed === null ? payload : { ...payload, consumed: doc.consumed };
  }
}
