import { randomBytes } from 'node:crypto';
import { blindIndex, CryptoError, dataKeyFrom, isSealed, LocalKeyWrapper, newDataKeyMaterial, open, seal, sealedKeyId } from './index';

const key = dataKeyFrom('dk-one', newDataKeyMaterial());
const tijuana = { centre: 'tijuana', context: 'people.details' };

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof CryptoError ? error.code : 'not-a-crypto-error';
  }
  return undefined;
}

describe('sealed values', () => {
  const person = { name: 'María José Pérez', documents: ['CURP:PEPM900101MCSRRR09'] };

  it('open what was sealed, and show nothing of it in the sealed form', () => {
    const sealed = seal(key, tijuana, person);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('Mar');
    expect(Buffer.from(sealed.split('.')[3] ?? '', 'base64url').toString('latin1')).not.toContain('PEPM');
    expect(sealedKeyId(sealed)).toBe('dk-one');
    expect(open(key, tijuana, sealed)).toEqual(person);
  });

  it('seal the same value differently every time (a fresh nonce), so equal values cannot be spotted', () => {
    expect(seal(key, tijuana, person)).not.toBe(seal(key, tijuana, person));
  });

  it('refuse a value moved to another centre or another field', () => {
    const sealed = seal(key, tijuana, person);
    expect(codeOf(() => open(key, { centre: 'tapachula', context: 'people.details' }, sealed))).toBe('TAMPERED');
    expect(codeOf(() => open(key, { centre: 'tijuana', context: 'notes.body' }, sealed))).toBe('TAMPERED');
  });

  it('refuse an altered ciphertext or tag', () => {
    const parts = seal(key, tijuana, person).split('.');
    const flipped = Buffer.from(parts[3] ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(codeOf(() => open(key, tijuana, [parts[0], parts[1], parts[2], flipped.toString('base64url'), parts[4]].join('.')))).toBe('TAMPERED');
    expect(codeOf(() => open(key, tijuana, [parts[0], parts[1], parts[2], parts[3], 'AAAA'].join('.')))).toBe('MALFORMED');
    expect(codeOf(() => open(key, tijuana, 'plain text'))).toBe('MALFORMED');
  });

  it('refuse to open with another data key, even one claiming the same id', () => {
    const sealed = seal(key, tijuana, person);
    expect(codeOf(() => open(dataKeyFrom('dk-two', newDataKeyMaterial()), tijuana, sealed))).toBe('WRONG_KEY');
    expect(codeOf(() => open(dataKeyFrom('dk-one', newDataKeyMaterial()), tijuana, sealed))).toBe('TAMPERED');
  });
});

describe('blind indexes', () => {
  it('are equal for equal inputs under one key, and differ across centres keys', () => {
    const other = dataKeyFrom('dk-other', newDataKeyMaterial());
    expect(blindIndex(key, 'CURP:PEPM900101MCSRRR09')).toBe(blindIndex(key, 'CURP:PEPM900101MCSRRR09'));
    expect(blindIndex(key, 'CURP:PEPM900101MCSRRR09')).not.toBe(blindIndex(key, 'CURP:PEPM900101MCSRRR08'));
    expect(blindIndex(other, 'CURP:PEPM900101MCSRRR09')).not.toBe(blindIndex(key, 'CURP:PEPM900101MCSRRR09'));
    expect(blindIndex(key, 'maria jose perez')).not.toContain('maria');
  });
});

describe('the local key wrapper', () => {
  const master = randomBytes(32);
  const wrapper = new LocalKeyWrapper(master);

  it('unwraps what it wrapped for the same centre', async () => {
    const material = newDataKeyMaterial();
    const wrapped = await wrapper.wrap(material, 'tijuana');
    expect(wrapped).not.toContain(material.toString('base64url'));
    expect(await wrapper.unwrap(wrapped, 'tijuana')).toEqual(material);
  });

  it("refuses another centre's wrapped key, and a key wrapped under another master key", async () => {
    const wrapped = await wrapper.wrap(newDataKeyMaterial(), 'tijuana');
    await expect(wrapper.unwrap(wrapped, 'tapachula')).rejects.toMatchObject({ code: 'TAMPERED' });
    await expect(new LocalKeyWrapper(randomBytes(32)).unwrap(wrapped, 'tijuana')).rejects.toMatchObject({ code: 'UNKNOWN_KEY' });
  });

  it('refuses a master key of the wrong size', () => {
    expect(() => new LocalKeyWrapper(randomBytes(16))).toThrow(CryptoError);
  });
});
