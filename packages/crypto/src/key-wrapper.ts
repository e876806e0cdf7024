import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { CryptoError, KEY_BYTES, keyFingerprint } from './data-key';

/**
 * Wraps and unwraps data keys under a master key that never leaves its keeper. The local adapter
 * holds the master key in the process (from config); a KMS adapter (AWS KMS Encrypt/Decrypt,
 * Vault transit, Cloud KMS) implements the same two calls remotely. `context` (the centre id)
 * is bound to the wrapped key, so one centre's wrapped key cannot be passed off as another's.
 */
export interface KeyWrapper {
  wrap(dataKey: Uint8Array, context: string): Promise<string>;
  unwrap(wrapped: string, context: string): Promise<Buffer>;
}

const FORMAT = 'lk1';

/** Key wrapping with a master key held in memory: `lk1.<master fingerprint>.<iv>.<wrapped>.<tag>`. */
export class LocalKeyWrapper implements KeyWrapper {
  private readonly fingerprint: string;
  private readonly masterKey: KeyObject;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== KEY_BYTES) throw new CryptoError('KEY_LENGTH', `the master key is ${KEY_BYTES} bytes`);
    this.fingerprint = keyFingerprint(masterKey);
    this.masterKey = createSecretKey(masterKey);
  }

  async wrap(dataKey: Uint8Array, context: string): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.masterKey, iv);
    cipher.setAAD(Buffer.from(`${FORMAT}\n${context}`, 'utf8'));
    const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return [FORMAT, this.fingerprint, iv.toString('base64url'), wrapped.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  async unwrap(wrapped: string, context: string): Promise<Buffer> {
    const [format, fingerprint, iv, body, tag] = wrapped.split('.');
    if (format !== FORMAT || iv === undefined || body === undefined || tag === undefined) throw new CryptoError('MALFORMED', 'not a wrapped key');
    if (fingerprint !== this.fingerprint) throw new CryptoError('UNKNOWN_KEY', 'wrapped under another master key');
    const decipher = createDecipheriv('aes-256-gcm', this.masterKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${FORMAT}\n${context}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    } catch {
      throw new CryptoError('TAMPERED', 'the wrapped key was altered or belongs to another centre');
    }
  }
}
