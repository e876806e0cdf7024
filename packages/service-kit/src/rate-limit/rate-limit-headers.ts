import type { Response } from 'express';

/** Where a request stands against one limit. */
export interface RateLimitState {
  /** Names the limit in the headers: `user-writes`, `address-failed-auth`... */
  policy: string;
  limit: number;
  windowSeconds: number;
  remaining: number;
  /** Seconds until the window resets (or the block ends). */
  resetSeconds: number;
}

/**
 * The IETF RateLimit header fields, draft-ietf-httpapi-ratelimit-headers-09 and later (structured
 * fields): `RateLimit-Policy: "user-writes";q=2400;w=60` and `RateLimit: "user-writes";r=12;t=30`.
 * With `retry`, also `Retry-After` (RFC 9110) for a refused request.
 */
export function setRateLimitHeaders(res: Response, state: RateLimitState, retry = false): void {
  const reset = Math.max(0, Math.ceil(state.resetSeconds));
  res.setHeader('RateLimit-Policy', `"${state.policy}";q=${state.limit};w=${state.windowSeconds}`);
  res.setHeader('RateLimit', `"${state.policy}";r=${Math.max(0, state.remaining)};t=${reset}`);
  if (retry) res.setHeader('Retry-After', String(Math.max(1, reset)));
}
