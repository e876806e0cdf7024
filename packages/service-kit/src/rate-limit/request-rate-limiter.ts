import { hash } from 'node:crypto';
import { DomainError } from '@corredor/contracts';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AnyPrincipal } from '../auth/principal';
import { setRateLimitHeaders, type RateLimitState } from './rate-limit-headers';
import { DEFAULT_RATE_LIMITS, type LimiterFactory, type RateLimitRule, type RateLimitSettings } from './rate-limit-settings';

export interface RateLimitOptions {
  settings?: RateLimitSettings;
  /** In memory (one instance) unless given, e.g. `mongoLimiterFactory(connection)`. */
  createLimiter?: LimiterFactory;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
type Scope = 'user' | 'centre' | 'address';
const SCOPES: readonly Scope[] = ['user', 'centre', 'address'];

interface Counter {
  policy: string;
  rule: RateLimitRule;
  limiter: RateLimiterAbstract;
}

export const rateLimited = () => new DomainError('REQUEST.RATE_LIMITED', 'too-many-requests', 'Too many requests: wait before trying again (see Retry-After).');

/** Counter keys are hashes: the store holds no address and no user id. (One-shot: no Hash object per key.) */
function keyOf(scope: string, value: string): string {
  return hash('sha256', `corredor-rate-limit:${scope}:${value}`, 'base64url');
}

function addressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function stateOf(counter: Counter, result: RateLimiterRes): RateLimitState {
  return {
    policy: counter.policy,
    limit: counter.rule.points,
    windowSeconds: counter.rule.windowSeconds,
    remaining: Math.max(0, counter.rule.points - result.consumedPoints),
    resetSeconds: result.msBeforeNext / 1000,
  };
}

/**
 * Rate limits of a service's API (/v1): failed authentication per client address, checked before
 * the token is even verified; then writes and reads per user, per centre (or network) and per
 * address. A refused request gets 429 REQUEST.RATE_LIMITED with Retry-After and the RateLimit
 * header fields. If the counters' store fails, requests go through (and it is logged): a broken
 * limiter must not take the service down with it.
 */
export class RequestRateLimiter {
  private readonly failedAuth: Counter & { blockSeconds: number };
  private readonly counters: Record<'writes' | 'reads', Record<Scope, Counter>>;

  constructor(
    options: RateLimitOptions,
    private readonly logger: Logger,
  ) {
    const settings = options.settings ?? DEFAULT_RATE_LIMITS;
    const create = options.createLimiter ?? ((limiter) => new RateLimiterMemory(limiter));
    const counter = (policy: string, rule: RateLimitRule): Counter => ({
      policy,
      rule,
      limiter: create({ keyPrefix: `rl-${policy}`, points: rule.points, duration: rule.windowSeconds }),
    });
    const rule = settings.failedAuthentication;
    this.failedAuth = { ...counter('address-failed-auth', rule), blockSeconds: rule.blockSeconds };
    const kind = (name: 'writes' | 'reads') =>
      Object.fromEntries(SCOPES.map((scope) => [scope, counter(`${scope}-${name}`, settings[name][scope])])) as Record<Scope, Counter>;
    this.counters = { writes: kind('writes'), reads: kind('reads') };
  }

  /**
   * Counts failed authentications (401) per address; once the rule's count is reached, a failing
   * request from that address is answered 429 for the block's length. A request whose token is
   * valid always goes through: colleagues behind one office router (or one proxy) are not locked
   * out by a visitor guessing tokens on the same network.
   */
  guardAuthentication(authenticate: RequestHandler): RequestHandler {
    const { limiter, rule, blockSeconds } = this.failedAuth;
    return (req, res, next) => {
      const key = keyOf('address', addressOf(req));
      const afterAuthentication = (error?: unknown) => {
        if (!(error instanceof DomainError) || error.kind !== 'unauthenticated') return next(error);
        limiter
          .get(key)
          .then(async (state) => {
            if (state && state.consumedPoints >= rule.points) return this.refuse(res, next, stateOf(this.failedAuth, state));
            const result = await limiter.penalty(key, 1);
            if (result.consumedPoints >= rule.points) await limiter.block(key, blockSeconds);
            next(error);
          })
          .catch((failure: unknown) => {
            this.storeFailed(failure);
            next(error);
          });
      };
      authenticate(req, res, afterAuthentication as NextFunction);
    };
  }

  /** After authentication: one request off the caller's, the centre's and the address's counters for writes or reads. */
  readonly limitRequests: RequestHandler = (req, res, next) => {
    const principal = res.locals['principal'] as AnyPrincipal | undefined;
    if (!principal) return next();
    const counters = this.counters[WRITES.has(req.method) ? 'writes' : 'reads'];
    const scope = principal.kind === 'staff' ? `centre:${principal.centre}` : `network:${principal.network}`;
    const keys: Record<Scope, string> = { user: keyOf('user', `${scope}:${principal.userId}`), centre: keyOf('centre', scope), address: keyOf('address', addressOf(req)) };
    Promise.allSettled(SCOPES.map((name) => counters[name].limiter.consume(keys[name]))).then((results) => {
      const refused: RateLimitState[] = [];
      results.forEach((result, index) => {
        const counter = counters[SCOPES[index] ?? 'user'];
        if (result.status === 'fulfilled') return;
        if (result.reason instanceof RateLimiterRes) refused.push(stateOf(counter, result.reason));
        else this.storeFailed(result.reason);
      });
      const longest = refused.sort((a, b) => b.resetSeconds - a.resetSeconds)[0];
      if (longest) return this.refuse(res, next, longest);
      const own = results[0];
      if (own?.status === 'fulfilled') setRateLimitHeaders(res, stateOf(counters.user, own.value));
      next();
    }, next);
  };

  private refuse(res: Response, next: NextFunction, state: RateLimitState): void {
    setRateLimitHeaders(res, state, true);
    next(rateLimited());
  }

  private storeFailed(failure: unknown): void {
    this.logger.warn({ errorName: failure instanceof Error ? failure.name : typeof failure }, 'rate limit store failed: request let through');
  }
}
