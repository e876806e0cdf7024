import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** A person's tokens, kept on the server only: the browser never sees them. */
export const sessionTokensSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1).nullable(),
  idToken: z.string().min(1).nullable(),
  /** When the access token expires (epoch milliseconds). */
  expiresAt: z.number(),
  /** How long the access token was issued for (seconds): the refresh margin is a share of it. */
  lifetimeSeconds: z.number().positive(),
});
export type SessionTokens = z.infer<typeof sessionTokensSchema>;

const VERSION = 'v1';

/**
 * Seals tokens at rest (AES-256-GCM) under a key derived from the session secrets, bound to their
 * session's id: a copy of the store alone gives no one a refresh token, and sealed tokens moved to
 * another session do not open. The first secret seals, all open (rotate by prepending).
 */
export class TokenSealer {
  private readonly keys: Buffer[];

  constructor(secrets: readonly string[]) {
    if (secrets.length === 0) throw new Error('token sealer: a secret is required');
    this.keys = secrets.map((secret) => Buffer.from(hkdfSync('sha256', secret, 'corredor-web', 'session tokens', 32)));
  }

  seal(sessionId: string, tokens: SessionTokens): string {
    const [key] = this.keys;
    if (!key) throw new Error('token sealer: no key');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(sessionId));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** The tokens, or null when they do not open (another session's, a retired secret's, tampered). */
  open(sessionId: string, sealed: string): SessionTokens | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || !body) return null;
    for (const key of this.keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(sessionId));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
        const parsed = sessionTokensSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        // Not this key: try the next.
      }
    }
    return null;
  }
}
