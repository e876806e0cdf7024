import { MemoryCollection } from '@corredor/persistence';
import type { SigningKeyRecord, SigningKeyStore } from './signing-keys.port';

type StoredKey = SigningKeyRecord & { id: string };

export class MemorySigningKeyStore implements SigningKeyStore {
  readonly collection = new MemoryCollection<StoredKey>('oidc_signing_keys', [{ name: 'version', fields: ['version'] }]);

  async add(key: SigningKeyRecord): Promise<void> {
    this.collection.insert({ ...key, id: key.kid });
  }

  async list(): Promise<SigningKeyRecord[]> {
    return this.collection.find({}, { sort: { version: 1 } }).map(({ id: _id, ...key }) => key);
  }

  async retire(kid: string, at: Date): Promise<void> {
    this.collection.updateWhere({ id: kid, retiredAt: null }, (key) => ({ ...key, retiredAt: at }));
  }

  async remove(kid: string): Promise<void> {
    this.collection.deleteWhere({ id: kid });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
