import type { RateLimitSettings } from '@corredor/service-kit';

const unreachable = { points: 100_000_000, windowSeconds: 60 };
/**
 * The rate limiter runs as in production (its cost is part of what is measured) with limits a
 * benchmark cannot reach: one user posting thousands of intakes a minute is what it exists to stop.
 */
export const BENCH_RATE_LIMITS: RateLimitSettings = {
  writes: { user: unreachable, centre: unreachable, address: unreachable },
  reads: { user: unreachable, centre: unreachable, address: unreachable },
  failedAuthentication: { ...unreachable, blockSeconds: 1 },
};

/** The same, for services started as processes (their environment). */
export const BENCH_RATE_LIMIT_ENV: Record<string, string> = Object.fromEntries(
  ['USER', 'CENTRE', 'ADDRESS'].flatMap((who) => [`RATE_LIMIT_${who}_WRITES_PER_MINUTE`, `RATE_LIMIT_${who}_READS_PER_MINUTE`]).map((name) => [name, '100000000']),
);
