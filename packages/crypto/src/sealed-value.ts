import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CryptoError, type DataKey } from './data-key';

const FORMAT = 'cx1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Where a sealed value belongs: its centre and what it is (`people.details`, `event:intake.submitted:<id>`).
 * Bound into the ciphertext as additional authenticated data, so a value copied into another field
 * or centre no longer opens (and into another record too, when the context names the record).
 */
export interface SealContext {
  centre: string;
  context: string;
}

function aad(at: SealContext, keyId: string): Buffer {
  return Buffer.from(`${FORMAT}\n${keyId}\n${at.centre}\n${at.context}`, 'utf8');
}

/** `cx1.<key id>.<iv>.<ciphertext>.<tag>` (base64url): AES-256-GCM of the value's JSON. */
export function seal(key: DataKey, at: SealContext, value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(at, key.id));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value) ?? 'null', 'utf8'), cipher.final()]);
  return [FORMAT, key.id, iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${FORMAT}.`);
}

/** The id of the data key a sealed value needs. */
export function sealedKeyId(sealed: string): string {
  const parts = sealed.split('.');
  if (parts.length !== 5 || parts[0] !== FORMAT || !parts[1]) throw new CryptoError('MALFORMED', 'not a sealed value');
  return parts[1];
}

/** Opens what `seal` made with the same key and context; anything altered, moved or sealed under another key throws. */
export function open(key: DataKey, at: SealContext, sealed: string): unknown {
  const [format, keyId, iv, ciphertext, tag] = sealed.split('.');
  if (format !== FORMAT || keyId === undefined || iv === undefined || ciphertext === undefined || tag === undefined) {
    throw new CryptoError('MALFORMED', 'not a sealed value');
  }
  if (keyId !== key.id) throw new CryptoError('WRONG_KEY', 'sealed under another data key');
  const tagBytes = Buffer.from(tag, 'base64url');
  if (tagBytes.length !== TAG_BYTES) throw new CryptoError('MALFORMED', 'not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(at, keyId));
  decipher.setAuthTag(tagBytes);
  let plaintext: string;
  try {
    plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new CryptoError('TAMPERED', 'the sealed value was altered or belongs elsewhere');
  }
  return JSON.parse(plaintext) as unknown;
}
