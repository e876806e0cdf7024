import { isMongoReachable, translateMongoError } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SigningKeyRecord, SigningKeyStore } from './signing-keys.port';

type SigningKeyDocument = Omit<SigningKeyRecord, 'kid'> & { _id: string };

const signingKeySchema = new Schema<SigningKeyDocument>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    alg: { type: String, required: true },
    sealedPrivateKey: { type: String, required: true },
    createdAt: { type: Date, required: true },
    retiredAt: { type: Date, default: null },
  },
  { collection: 'oidc_signing_keys', versionKey: false },
);
signingKeySchema.index({ version: 1 }, { unique: true, name: 'version' });

function toKey({ _id, ...rest }: SigningKeyDocument): SigningKeyRecord {
  return { kid: _id, ...rest };
}

export class MongoSigningKeyStore implements SigningKeyStore {
  readonly model: Model<SigningKeyDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['OidcSigningKey'] ?? connection.model<SigningKeyDocument>('OidcSigningKey', signingKeySchema);
  }

  async add(key: SigningKeyRecord): Promise<void> {
    const { kid, ...rest } = key;
    try {
      await this.model.create({ _id: kid, ...rest });
    } catch (error) {
      throw translateMongoError(error, 'oidc_signing_keys');
    }
  }

  async list(): Promise<SigningKeyRecord[]> {
    const docs = await this.model.find({}).sort({ version: 1 }).lean<SigningKeyDocument[]>();
    return docs.map(toKey);
  }

  async retire(kid: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: kid, retiredAt: null }, { $set: { retiredAt: at } });
  }

  async remove(kid: string): Promise<void> {
    await this.model.deleteOne({ _id: kid });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
