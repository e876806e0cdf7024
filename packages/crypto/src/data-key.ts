import { createHash, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

/** AES-256 keys are 32 bytes. */
export const KEY_BYTES = 32;

/**
 * A centre's data key, unwrapped, as a process holds it in memory: everything of that centre that
 * identifies someone is sealed under `key`; blind indexes use `indexKey`, derived from it, so
 * destroying the data key also makes the indexes meaningless.
 */
export interface DataKey {
  /** Names the key inside every sealed value, so a rotated key can still open older values. */
  id: string;
  /** Key objects, not buffers: node prepares a buffer key again on every cipher (several times slower). */
  key: KeyObject;
  indexKey: KeyObject;
}

export function newDataKeyMaterial(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function newDataKeyId(): string {
  return `dk-${randomBytes(8).toString('hex')}`;
}

export function dataKeyFrom(id: string, key: Uint8Array): DataKey {
  if (key.length !== KEY_BYTES) throw new CryptoError('KEY_LENGTH', `a data key is ${KEY_BYTES} bytes`);
  return {
    id,
    key: createSecretKey(Buffer.from(key)),
    indexKey: createSecretKey(Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'corredor blind index v1', KEY_BYTES))),
  };
}

/** A short, non-secret name for a key (the first bytes of its hash), to tell which master key wrapped a data key. */
export function keyFingerprint(key: Uint8Array): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export type CryptoErrorCode = 'KEY_LENGTH' | 'MALFORMED' | 'WRONG_KEY' | 'TAMPERED' | 'UNKNOWN_KEY';

/** Says what failed, never with the value or the key. */
export class CryptoError extends Error {
  override readonly name = 'CryptoError';
  constructor(
    readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
  }
}
