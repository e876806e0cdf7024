import { randomBytes } from 'node:crypto';
import type { CentreSnapshot } from '@corredor/contracts';
import { LocalKeyWrapper, newDataKeyId, newDataKeyMaterial, type KeyWrapper } from '@corredor/crypto';
import { developmentKeyWrapper } from '../testing/test-keys';
import { TEST_CENTRES } from '../testing/test-centres';
import { CentreKeyring } from './centre-keys';

/** A centre's snapshot as the centre service publishes it: with a fresh data key wrapped for it. */
async function withNewKey(centre: CentreSnapshot, wrapper: KeyWrapper = developmentKeyWrapper(), configVersion = 2): Promise<CentreSnapshot> {
  return { ...centre, configVersion, dataKey: { state: 'active', id: newDataKeyId(), wrapped: await wrapper.wrap(newDataKeyMaterial(), centre.id) } };
}

const destroyedSnapshot = (centre: CentreSnapshot, configVersion = 3): CentreSnapshot => ({
  ...centre,
  status: 'archived',
  configVersion,
  dataKey: { state: 'destroyed', destroyedAt: '2026-12-01T10:00:00.000Z' },
});

const details = { name: 'Marie-Claude Joseph', phone: '+52 664 000 0000' };

describe('the centres’ data keys in a service (CentreKeyring)', () => {
  it('unwraps the key a centre snapshot carries, and seals and opens that centre’s values with it', async () => {
    const keyring = new CentreKeyring(developmentKeyWrapper());
    await keyring.accept(await withNewKey(TEST_CENTRES.tijuana));
    expect(keyring.hasKey('tijuana')).toBe(true);

    const sealed = keyring.seal('tijuana', 'people.details', details);
    expect(sealed).toMatch(/^cx1\./);
    expect(sealed).not.toContain('Marie');
    expect(keyring.open('tijuana', 'people.details', sealed)).toEqual(details);
    // Sealing twice never gives the same ciphertext; the blind index is stable.
    expect(keyring.seal('tijuana', 'people.details', details)).not.toBe(sealed);
    expect(keyring.blindIndex('tijuana', 'name:joseph marie claude|1990')).toBe(keyring.blindIndex('tijuana', 'name:joseph marie claude|1990'));
  });

  it('keeps the key it holds when the same key arrives again, and takes a new one', async () => {
    const unwrap = jest.fn(developmentKeyWrapper().unwrap.bind(developmentKeyWrapper()));
    const wrapper: KeyWrapper = { wrap: async () => '', unwrap };
    const keyring = new CentreKeyring(wrapper);
    const snapshot = await withNewKey(TEST_CENTRES.tijuana);
    await keyring.accept(snapshot);
    await keyring.accept({ ...snapshot, configVersion: 3, status: 'suspended' });
    expect(unwrap).toHaveBeenCalledTimes(1);
    const sealed = keyring.seal('tijuana', 'people.details', details);

    await keyring.accept(await withNewKey(TEST_CENTRES.tijuana, developmentKeyWrapper(), 4));
    expect(unwrap).toHaveBeenCalledTimes(2);
    expect(() => keyring.open('tijuana', 'people.details', sealed)).toThrow('does not open (WRONG_KEY)');
  });

  it('answers 503 for a centre whose snapshot carried no key yet', async () => {
    const keyring = new CentreKeyring(developmentKeyWrapper());
    await keyring.accept(TEST_CENTRES.tijuana);
    expect(keyring.hasKey('tijuana')).toBe(false);
    expect(() => keyring.seal('tijuana', 'people.details', details)).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_KEY_UNAVAILABLE', name: 'ServiceUnavailableError' }));
  });

  it('refuses a key wrapped under another master key, or wrapped for another centre', async () => {
    const otherMaster = new LocalKeyWrapper(randomBytes(32));
    const keyring = new CentreKeyring(developmentKeyWrapper());
    await expect(keyring.accept(await withNewKey(TEST_CENTRES.tijuana, otherMaster))).rejects.toMatchObject({ code: 'UNKNOWN_KEY' });

    const tapachulaKey = (await withNewKey(TEST_CENTRES.tapachula)).dataKey;
    await expect(keyring.accept({ ...TEST_CENTRES.tijuana, configVersion: 2, ...(tapachulaKey ? { dataKey: tapachulaKey } : {}) })).rejects.toMatchObject({
      code: 'TAMPERED',
    });
    expect(keyring.hasKey('tijuana')).toBe(false);
  });

  it('refuses a value sealed for one centre when it is opened as another’s, or as another field', async () => {
    const keyring = new CentreKeyring(developmentKeyWrapper());
    await keyring.accept(await withNewKey(TEST_CENTRES.tijuana));
    await keyring.accept(await withNewKey(TEST_CENTRES.tapachula));
    const sealed = keyring.seal('tijuana', 'people.details', details);

    expect(() => keyring.open('tapachula', 'people.details', sealed)).toThrow('does not open');
    expect(() => keyring.open('tijuana', 'notes.body', sealed)).toThrow('does not open');
    expect(keyring.blindIndex('tijuana', 'document:x123')).not.toBe(keyring.blindIndex('tapachula', 'document:x123'));
    // The failure names neither the value nor the key.
    try {
      keyring.open('tapachula', 'people.details', sealed);
    } catch (error) {
      expect(String(error)).not.toContain('Marie');
    }
  });

  it('forgets a destroyed key: what was sealed under it no longer opens (410 CENTRE.DATA_DESTROYED), other centres unaffected', async () => {
    const keyring = new CentreKeyring(developmentKeyWrapper());
    await keyring.accept(await withNewKey(TEST_CENTRES.tijuana));
    await keyring.accept(await withNewKey(TEST_CENTRES.tapachula));
    const sealed = keyring.seal('tijuana', 'people.details', details);
    const neighbour = keyring.seal('tapachula', 'people.details', details);

    await keyring.accept(destroyedSnapshot(TEST_CENTRES.tijuana));
    expect(keyring.hasKey('tijuana')).toBe(false);
    const gone = expect.objectContaining({ code: 'CENTRE.DATA_DESTROYED', kind: 'gone' });
    expect(() => keyring.open('tijuana', 'people.details', sealed)).toThrow(gone);
    expect(() => keyring.seal('tijuana', 'people.details', details)).toThrow(gone);
    expect(() => keyring.blindIndex('tijuana', 'document:x123')).toThrow(gone);
    expect(keyring.open('tapachula', 'people.details', neighbour)).toEqual(details);
  });

  it('knows a centre as destroyed even when it never held its key (a process started after the destruction)', async () => {
    const keyring = new CentreKeyring(developmentKeyWrapper());
    keyring.forget('tijuana');
    expect(() => keyring.seal('tijuana', 'people.details', details)).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_DESTROYED' }));
    await keyring.accept(destroyedSnapshot(TEST_CENTRES.tapachula));
    expect(() => keyring.seal('tapachula', 'people.details', details)).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_DESTROYED' }));
  });
});
