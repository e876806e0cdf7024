import { randomUUID } from 'node:crypto';
import { DomainError } from '@corredor/contracts';
import express, { type Express, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { authenticate, type TokenVerifier } from '../auth/authenticator';
import { centreDirectoryRouter, requireActiveCentre } from '../centres/centre-access';
import { RequestRateLimiter, type RateLimitOptions } from '../rate-limit/request-rate-limiter';
import type { CentreDirectoryView } from '../centres/centre-directory';
import { accessLog } from './access-log';
import { healthRouter, type HealthState, type ReadinessCheck } from './health';
import { rememberMatchedRoutes } from './matched-route';
import { notFoundHandler, problemMiddleware } from './problem';

export interface HttpAppOptions {
  /** Prefix of this service's error codes: INTAKE, CASE... */
  errorPrefix: string;
  logger: Logger;
  verifyToken: TokenVerifier;
  readiness: ReadinessCheck[];
  health?: HealthState;
  /** Mounted under /v1, behind authentication and the centre check. */
  api: Router;
  /** The OpenAPI document of `api`, served at /openapi.json without authentication (it describes, it holds no data). */
  openapi: object;
  /** Mounted at the root, outside /v1: no bearer auth, no JSON parser (see ServiceModule.publicRoutes). */
  publicRoutes?: Router;
  /** Staff of a centre that is unknown, suspended or archived are refused on every /v1 route. */
  centres: CentreDirectoryView;
  bodyLimit?: string;
  /** How many reverse proxies stand in front: the client's address is taken that many X-Forwarded-For hops back (the sign-in throttle counts per address). */
  trustProxy?: number;
  /** Rate limits on /v1 (defaults: DEFAULT_RATE_LIMITS in memory); false turns them off. */
  rateLimit?: RateLimitOptions | false;
}

export { loggablePath } from './access-log';

/**
 * A client's X-Request-Id is kept only when it is a UUID or a W3C-style trace id (16 to 64 hex
 * digits): anything else (a name typed there, a huge or multi-line value) is replaced by a fresh
 * UUID, as it is echoed in the response, written to the access log and becomes the
 * correlationid/causationid of the events the request causes.
 */
export const REQUEST_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,64})$/i;

/** Gives every request its id (res.locals.requestId, answered in X-Request-Id): the client's when it is one (see REQUEST_ID). */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming.toLowerCase() : randomUUID();
  res.locals['requestId'] = id;
  res.setHeader('X-Request-Id', id);
  next();
};

const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** A malformed request, answered 400 with this code (see toProblem): the shape body-parser gives its own parse errors. */
function malformed(type: 'entity.parse.failed' | 'query.malformed'): Error {
  return Object.assign(new Error(type), { status: 400, expose: true, type });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** express.json's `verify`: invalid UTF-8 in a body is refused, not turned into U+FFFD and stored. */
const utf8Only = (_req: unknown, _res: unknown, body: Buffer) => {
  try {
    strictUtf8.decode(body);
  } catch {
    throw malformed('entity.parse.failed');
  }
};

/** Pairs read from a query string at most, as node's querystring (express's default parser) reads. */
const MAX_QUERY_PAIRS = 1000;

function decodeQueryText(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw malformed('query.malformed');
  }
}

/**
 * The query string, parsed as express's default ("simple": no nesting, a repeated name gives an
 * array, into an object without a prototype) but refusing escapes that are not UTF-8 (`%C3%28`,
 * `%zz`) with a 400 instead of turning them into U+FFFD or keeping them as typed.
 */
export function parseQueryString(query: string | null | undefined): Record<string, string | string[]> {
  const parsed: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const pair of (query ?? '').split('&').slice(0, MAX_QUERY_PAIRS)) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = decodeQueryText(at === -1 ? pair : pair.slice(0, at));
    const value = decodeQueryText(at === -1 ? '' : pair.slice(at + 1));
    const existing = parsed[name];
    parsed[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return parsed;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

const jsonOnly: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
  if (WITH_BODY.has(req.method) && (hasBody || req.headers['transfer-encoding']) && !req.is('application/json')) {
    return next(new DomainError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'unsupported-media-type', 'Send JSON (Content-Type: application/json).'));
  }
  next();
};

/**
 * The express app every service shares: security headers, request ids, access logs without
 * personal data, JSON bodies with a size limit, health endpoints, bearer auth and the centre's
 * status on the API, the centre-directory route,
 * `Cache-Control: no-store` on API responses and problem+json for every error.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  rememberMatchedRoutes(app);
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 0);
  app.set('query parser', parseQueryString);
  app.use(helmet());
  // Nothing any service answers is for a cache to keep: people's data, health, the API's description, errors.
  app.use(noStore);
  app.use(requestId);
  app.use(accessLog(options.logger));
  app.use(healthRouter(options.readiness, options.health ?? { draining: false }));
  // Written out once: the document is fixed for the life of the app.
  const openapi = JSON.stringify(options.openapi);
  app.get('/openapi.json', (_req, res) => {
    res.type('application/json').send(openapi);
  });
  const limits = options.rateLimit === false ? null : new RequestRateLimiter(options.rateLimit ?? {}, options.logger);
  const authenticated = authenticate(options.verifyToken);
  app.use(
    '/v1',
    // Who is asking comes first: no body is read for a caller without a valid token, nor beyond the caller's limits.
    limits ? limits.guardAuthentication(authenticated) : authenticated,
    ...(limits ? [limits.limitRequests] : []),
    jsonOnly,
    express.json({ limit: options.bodyLimit ?? '100kb', verify: utf8Only }),
    requireActiveCentre(options.centres),
    centreDirectoryRouter(options.centres),
    options.api,
  );
  if (options.publicRoutes) app.use(options.publicRoutes);
  app.use(notFoundHandler);
  app.use(problemMiddleware(options.errorPrefix, options.logger));
  return app;
}
