import { createHmac } from 'node:crypto';
import type { LimiterFactory } from '@corredor/service-kit';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

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

  /**
   * Takes one attempt from each counter before the password or code is checked, atomically, so
   * parallel guesses cannot all get past the limit. Seconds to wait when a counter is spent (the
   * attempt is then not made, and what was taken is given back), null when the check may go on.
   * Follow with `release` when the attempt succeeded, or `recordFailure` when it failed.
   */
  async reserve(keys: ThrottleKeys): Promise<number | null> {
    const taken: Array<{ limiter: RateLimiterAbstract; key: string }> = [];
    for (const { kind, limiter } of this.limiters) {
      const key = this.keyOf(kind, keys);
      if (key === null) continue;
      try {
        await limiter.consume(key);
        taken.push({ limiter, key });
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        for (const entry of taken) await entry.limiter.reward(entry.key, 1);
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
    }
    return null;
  }

  /** The reserved attempt succeeded: it does not count as a failure. */
  async release(keys: ThrottleKeys): Promise<void> {
    for (const { kind, limiter } of this.limiters) {
      const key = this.keyOf(kind, keys);
      if (key !== null) await limiter.reward(key, 1);
    }
  }

  /** The reserved attempt failed: it stays counted, and a counter that reached its limit blocks for the rule's time. */
  async recordFailure(keys: ThrottleKeys): Promise<void> {
    for (const { kind, rule, limiter } of this.limiters) {
      const key = this.keyOf(kind, keys);
      const state = key === null ? null : await limiter.get(key);
      if (key !== null && state && state.consumedPoints >= rule.failures) await limiter.block(key, rule.blockSeconds);
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
