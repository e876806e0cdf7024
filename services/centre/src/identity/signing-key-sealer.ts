import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A private JWK as oidc-provider's `jwks` takes it. */
export type PrivateJwk = Record<string, string>;

/**
 * Seals private signing keys before they are stored: AES-256-GCM under a key derived (HKDF) from a
 * secret the operator keeps outside the database, so a copy of the database cannot forge tokens.
 * Without a secret (development, tests) keys are stored as plain JSON, and the output says so.
 */
export class SigningKeySealer {
  private readonly key: Buffer | null;

  constructor(secret: string | undefined) {
    this.key = secret ? Buffer.from(hkdfSync('sha256', secret, 'corredor', 'oidc signing keys v1', 32)) : null;
  }

  get sealing(): boolean {
    return this.key !== null;
  }

  seal(jwk: PrivateJwk): string {
    const plain = Buffer.from(JSON.stringify(jwk));
    if (!this.key) return `plain.${plain.toString('base64url')}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  open(sealed: string): PrivateJwk {
    const [format, ...parts] = sealed.split('.');
    if (format === 'plain' && parts[0] !== undefined) return JSON.parse(Buffer.from(parts[0], 'base64url').toString()) as PrivateJwk;
    if (format !== 'v1' || parts.length !== 3) throw new Error('unknown signing key format');
    if (!this.key) throw new Error('the signing keys are sealed: configure the key encryption secret');
    const [iv, tag, data] = parts.map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !data) throw new Error('unknown signing key format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString()) as PrivateJwk;
  }
}
