import { DuplicateKeyError } from '@corredor/persistence';
import type { SigningKeyRecord, SigningKeyStore } from './signing-keys.port';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 12, minutes));

export function aSigningKey(version: number, overrides: Partial<SigningKeyRecord> = {}): SigningKeyRecord {
  return { kid: `kid-${version}`, version, alg: 'ES256', sealedPrivateKey: `sealed-${version}`, createdAt: at(version), retiredAt: null, ...overrides };
}

/** The behaviour every SigningKeyStore adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeSigningKeyStoreContract(name: string, setup: () => Promise<SigningKeyStore>): void {
  describe(`${name} signing key store`, () => {
    let keys: SigningKeyStore;
    beforeEach(async () => {
      keys = await setup();
    });

    it('lists the keys oldest version first', async () => {
      await keys.add(aSigningKey(2));
      await keys.add(aSigningKey(1));
      expect(await keys.list()).toEqual([aSigningKey(1), aSigningKey(2)]);
    });

    it('lets only one of two instances that rotate at once add the next version', async () => {
      await keys.add(aSigningKey(1));
      const results = await Promise.allSettled([keys.add(aSigningKey(2, { kid: 'mine' })), keys.add(aSigningKey(2, { kid: 'theirs' }))]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((result) => result.status === 'rejected');
      expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(DuplicateKeyError);
      expect((await keys.list()).map((key) => key.version)).toEqual([1, 2]);
    });

    it('retires a key once (the first date stays) and removes it', async () => {
      await keys.add(aSigningKey(1));
      await keys.add(aSigningKey(2));
      await keys.retire('kid-1', at(30));
      await keys.retire('kid-1', at(45));
      expect(await keys.list()).toEqual([aSigningKey(1, { retiredAt: at(30) }), aSigningKey(2)]);
      await keys.remove('kid-1');
      expect(await keys.list()).toEqual([aSigningKey(2)]);
    });
  });
}
