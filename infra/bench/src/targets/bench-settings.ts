import { createLogger, type RateLimitSettings, type RuntimeOptions } from '@corredor/service-kit';
import { testAppDeps } from '@corredor/service-kit/testing';

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

/**
 * What a service measured alone runs on: the tests' in-memory deps (bus, stores, test centres and
 * keys), with a real clock, the lifted rate limits and a logger at warn, as services run in
 * production (no access line per request), on a free loopback port.
 */
export function benchServiceDeps(name: string): RuntimeOptions {
  return {
    ...testAppDeps({ logger: createLogger(`corredor-${name}`, 'warn'), clock: () => new Date(), rateLimits: BENCH_RATE_LIMITS }),
    port: 0,
    host: '127.0.0.1',
  };
}
