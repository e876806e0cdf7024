import { createHmac } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * Makes the limiters: in memory by default (one instance); with several instances pass one over a
 * shared store, e.g. `(options) => new RateLimiterMongo({ storeClient: mongooseConnection, ...options })`.
 */
export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

export interface ThrottleRule {
  /** This many failures within `windowSeconds`... */
  failures: number;
  windowSeconds: number;
  /** ...block further attempts for this long. */
  blockSeconds: number;
}

export interface ThrottleSettings {
  /** Failed passwords and codes of one account (by email). */
  account: ThrottleRule;
  /** Failed attempts from one client address, whatever the account. */
  address: ThrottleRule;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  account: { failures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  address: { failures: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
};

export interface ThrottleKeys {
  /** The email as typed (normalised here); absent before anyone typed one. */
  email?: string;
  address: string;
}

/**
 * Repeated failed sign-ins, counted per account and per client address. Counters are keyed by an
 * HMAC of the email or address, so the limiter's store holds no personal data.
 */
export class SignInThrottle {
  private readonly limiters: Array<{ kind: keyof ThrottleSettings; rule: ThrottleRule; limiter: RateLimiterAbstract }>;

  constructor(
    settings: ThrottleSettings,
    private readonly secret: string,
    createLimiter: LimiterFactory = (options) => new RateLimiterMemory(options),
  ) {
    this.limiters = (['account', 'address'] as const).map((kind) => ({
      kind,
      rule: settings[kind],
      limiter: createLimiter({ keyPrefix: `signin-${kind}`, points: settings[kind].failures, duration: settings[kind].windowSeconds }),
    }));
  }

  /** Seconds until attempts may go on, or null when they may now. */
  async blockedFor(keys: ThrottleKeys): Promise<number | null> {
    let wait = 0;
    for (const { kind, rule, limiter } of this.limiters) {
      const key = this.keyOf(kind, keys);
      const state = key === null ? null : await limiter.get(key);
      if (state && state.consumedPoints >= rule.failures) wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
    }
    return wait > 0 ? wait : null;
  }

  async recordFailure(keys: ThrottleKeys): Promise<void> {
    for (const { kind, rule, limiter } of this.limiters) {
      const key = this.keyOf(kind, keys);
      if (key === null) continue;
      const state = await limiter.consume(key).catch((rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) return rejection;
        throw rejection;
      });
      if (state.consumedPoints >= rule.failures) await limiter.block(key, rule.blockSeconds);
    }
  }

  /** A complete sign-in (password and, when asked, the code) clears the account's failures. */
  async recordSuccess(email: string): Promise<void> {
    const key = this.keyOf('account', { email, address: '' });
    const account = this.limiters.find((entry) => entry.kind === 'account');
    if (key !== null && account) await account.limiter.delete(key);
  }

  private keyOf(kind: keyof ThrottleSettings, keys: ThrottleKeys): string | null {
    const value = kind === 'account' ? keys.email?.trim().toLowerCase() : keys.address;
    if (!value) return null;
    return createHmac('sha256', this.secret).update(`${kind}:${value}`).digest('base64url');
  }
}
