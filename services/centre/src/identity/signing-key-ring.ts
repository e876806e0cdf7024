import { createHash, generateKeyPairSync } from 'node:crypto';
import { DuplicateKeyError } from '@corredor/persistence';
import type { Logger } from '@corredor/service-kit';
import type { PrivateJwk, SigningKeySealer } from './signing-key-sealer';
import type { SigningKeyRecord, SigningKeyStore } from './signing-keys.port';

export interface KeyRingSettings {
  /** Rotate when the newest key is this old (30 days). */
  maxAgeSeconds: number;
  /**
   * A new key is published this long before it signs, and a retired key stays this much longer:
   * more than the interval at which every instance reloads its keys (rotateSigningKeyIfDue).
   */
  propagationSeconds: number;
  /** The longest lifetime of a token we sign plus the clock tolerance: how long a retired key stays published. */
  retentionSeconds: number;
}

export interface KeySet {
  signingKid: string;
  /** Private JWKs for oidc-provider, the signing key first (it signs ID tokens with the first that fits). */
  keys: PrivateJwk[];
  /** Changes whenever a key is added or removed or another key starts signing. */
  fingerprint: string;
}

function newKey(version: number, now: Date, sealer: SigningKeySealer): SigningKeyRecord {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y, d } = privateKey.export({ format: 'jwk' });
  if (!kty || !crv || !x || !y || !d) throw new Error('P-256 key export failed');
  // RFC 7638 thumbprint: the required members in lexicographic order.
  const kid = createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
  return { kid, version, alg: 'ES256', sealedPrivateKey: sealer.seal({ kty, crv, x, y, d }), createdAt: now, retiredAt: null };
}

const seconds = (date: Date) => date.getTime() / 1000;

/**
 * The signing keys over time. The newest key that has been published for `propagationSeconds`
 * signs (the very first key signs at once: nothing was published before it); older keys are
 * retired and stay published until every token they signed has expired, then they are removed.
 */
export class SigningKeyRing {
  constructor(
    private readonly store: SigningKeyStore,
    private readonly sealer: SigningKeySealer,
    private readonly clock: () => Date,
    private readonly settings: KeyRingSettings,
    private readonly logger: Logger,
  ) {}

  /** The keys as they are now, creating the first one if there is none. */
  async current(): Promise<KeySet> {
    let keys = await this.store.list();
    if (keys.length === 0) keys = await this.add(1);
    return this.keySet(keys);
  }

  /** Rotates if the newest key is due, retires what no longer signs, removes what no token needs; then the keys as they are. */
  async maintain(): Promise<KeySet> {
    const now = this.clock();
    let keys = await this.store.list();
    const newest = keys.at(-1);
    if (!newest) keys = await this.add(1);
    else if (seconds(now) - seconds(newest.createdAt) >= this.settings.maxAgeSeconds) keys = await this.add(newest.version + 1);
    const signing = this.signingKey(keys);
    for (const key of keys) {
      if (key.version < signing.version && key.retiredAt === null) {
        await this.store.retire(key.kid, now);
        this.logger.info({ kid: key.kid }, 'signing key retired');
      }
    }
    const keepFor = this.settings.retentionSeconds + this.settings.propagationSeconds;
    for (const key of keys) {
      if (key.retiredAt !== null && seconds(now) - seconds(key.retiredAt) >= keepFor) {
        await this.store.remove(key.kid);
        this.logger.info({ kid: key.kid }, 'signing key removed: every token it signed has expired');
      }
    }
    return this.current();
  }

  private async add(version: number): Promise<SigningKeyRecord[]> {
    try {
      const key = newKey(version, this.clock(), this.sealer);
      await this.store.add(key);
      this.logger.info({ kid: key.kid, version }, 'signing key created');
    } catch (error) {
      // Another instance added this version first: use theirs.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
    return this.store.list();
  }

  private signingKey(keys: SigningKeyRecord[]): SigningKeyRecord {
    const publishedLongEnough = seconds(this.clock()) - this.settings.propagationSeconds;
    const signing = keys.filter((key) => seconds(key.createdAt) <= publishedLongEnough).at(-1) ?? keys[0];
    if (!signing) throw new Error('no signing key');
    return signing;
  }

  private keySet(keys: SigningKeyRecord[]): KeySet {
    const signing = this.signingKey(keys);
    const ordered = [signing, ...keys.filter((key) => key.kid !== signing.kid)];
    return {
      signingKid: signing.kid,
      keys: ordered.map((key) => ({ ...this.sealer.open(key.sealedPrivateKey), kid: key.kid, alg: key.alg, use: 'sig' })),
      fingerprint: ordered.map((key) => key.kid).join(' '),
    };
  }
}
