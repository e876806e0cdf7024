import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** At most `points` requests within `windowSeconds`. */
export interface RateLimitRule {
  points: number;
  windowSeconds: number;
}

/** Requests of one kind (writes or reads) counted per user, per centre (or network) and per client address. */
export interface RequestLimits {
  user: RateLimitRule;
  centre: RateLimitRule;
  address: RateLimitRule;
}

export interface RateLimitSettings {
  /** POST, PUT, PATCH and DELETE on /v1. */
  writes: RequestLimits;
  /** GET and HEAD on /v1 (lists and searches among them). */
  reads: RequestLimits;
  /** Requests refused for a missing or bad token, per client address: once spent, the address is refused for `blockSeconds` before any token is looked at. */
  failedAuthentication: RateLimitRule & { blockSeconds: number };
}

/**
 * Far above what people at a centre do (the bench's 2,000 intakes from one user in well under a
 * minute pass), low enough that a script hammering the API or guessing tokens is stopped.
 */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  writes: { user: { points: 2_400, windowSeconds: 60 }, centre: { points: 6_000, windowSeconds: 60 }, address: { points: 6_000, windowSeconds: 60 } },
  reads: { user: { points: 6_000, windowSeconds: 60 }, centre: { points: 20_000, windowSeconds: 60 }, address: { points: 20_000, windowSeconds: 60 } },
  failedAuthentication: { points: 300, windowSeconds: 600, blockSeconds: 600 },
};

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
  blockDuration?: number;
}

/** Makes the counters: in memory by default; with several instances, one over a shared store (see `mongoLimiterFactory`). */
export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

/** The rate-limit variables of the environment (see baseConfigSchema), per minute. */
export interface RateLimitConfig {
  RATE_LIMIT_USER_WRITES_PER_MINUTE: number;
  RATE_LIMIT_CENTRE_WRITES_PER_MINUTE: number;
  RATE_LIMIT_ADDRESS_WRITES_PER_MINUTE: number;
  RATE_LIMIT_USER_READS_PER_MINUTE: number;
  RATE_LIMIT_CENTRE_READS_PER_MINUTE: number;
  RATE_LIMIT_ADDRESS_READS_PER_MINUTE: number;
  RATE_LIMIT_FAILED_AUTH_PER_10_MINUTES: number;
}

export function rateLimitSettingsFromConfig(config: RateLimitConfig): RateLimitSettings {
  const perMinute = (points: number): RateLimitRule => ({ points, windowSeconds: 60 });
  return {
    writes: {
      user: perMinute(config.RATE_LIMIT_USER_WRITES_PER_MINUTE),
      centre: perMinute(config.RATE_LIMIT_CENTRE_WRITES_PER_MINUTE),
      address: perMinute(config.RATE_LIMIT_ADDRESS_WRITES_PER_MINUTE),
    },
    reads: {
      user: perMinute(config.RATE_LIMIT_USER_READS_PER_MINUTE),
      centre: perMinute(config.RATE_LIMIT_CENTRE_READS_PER_MINUTE),
      address: perMinute(config.RATE_LIMIT_ADDRESS_READS_PER_MINUTE),
    },
    failedAuthentication: { points: config.RATE_LIMIT_FAILED_AUTH_PER_10_MINUTES, windowSeconds: 600, blockSeconds: 600 },
  };
}
