import { randomUUID } from 'node:crypto';
import { DomainError } from '@corredor/contracts';
import express, { type Express, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { authenticate, type TokenVerifier } from '../auth/authenticator';
import { centreDirectoryRouter, requireActiveCentre } from '../centres/centre-access';
import type { CentreDirectoryView } from '../centres/centre-directory';
import { healthRouter, type HealthState, type ReadinessCheck } from './health';
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
}

/**
 * The path an access log records: the pattern of the route the request matched (`/v1/people/:id`),
 * never the values sent in its place (a name typed where an id goes). A request that matched no
 * route keeps its first two segments only (`/v1/people/…`), after the secrets some paths carry are
 * masked: an invitation link's token opens an account, a sign-in interaction's id continues a sign-in.
 */
export function loggablePath(url: string, matchedRoute?: string): string {
  if (matchedRoute !== undefined) return matchedRoute;
  const path = (url.split('?')[0] ?? '').replace(/^\/invitations\/[^/]+/, '/invitations/:token').replace(/^\/interaction\/[^/]+/, '/interaction/:uid');
  const segments = path.split('/').slice(1);
  return segments.length > 2 ? `/${segments.slice(0, 2).join('/')}/…` : path;
}

/** The full pattern of the route each request matched, for its access log line. */
const matchedRoutes = new WeakMap<object, string>();

/**
 * Express sets `req.route` when a route matches, while `req.baseUrl` is the mount path of the
 * route's router (routers are mounted on fixed paths, never on parameters). The access line is
 * written when the response finishes, by which time an error handled outside the router has reset
 * `baseUrl`: so the pattern is taken as the route is set.
 */
const rememberMatchedRoute: RequestHandler = (req, _res, next) => {
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set: (value: unknown) => {
      route = value;
      const path = (value as { path?: unknown } | undefined)?.path;
      if (typeof path === 'string') matchedRoutes.set(req, `${req.baseUrl}${path}`);
    },
  });
  next();
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals['requestId'] = id;
  res.setHeader('X-Request-Id', id);
  next();
};

const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

const jsonOnly: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && (hasBody || req.headers['transfer-encoding']) && !req.is('application/json')) {
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
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 0);
  app.use(helmet());
  app.use(requestId);
  app.use(rememberMatchedRoute);
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (_req, res) => String(res.getHeader('X-Request-Id') ?? ''),
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // The access line serializes the request when the response is done, once a route has matched it.
      quietResLogger: true,
      customSuccessObject: (req, _res, fields: object) => ({ req, ...fields }),
      customErrorObject: (req, _res, _error, fields: object) => ({ req, ...fields }),
      // Method, route (no values from the path or the query string), status and timing: never bodies or headers.
      serializers: {
        req: (req: { id: string; method: string; url: string; raw?: object }) => ({
          id: req.id,
          method: req.method,
          path: loggablePath(req.url, req.raw ? matchedRoutes.get(req.raw) : undefined),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customProps: (_req, res) => {
        const principal = (res as unknown as { locals?: { principal?: { centre?: string; network?: string } } }).locals?.principal;
        if (principal?.centre) return { centre: principal.centre };
        return principal?.network ? { network: principal.network } : {};
      },
    }),
  );
  app.use(healthRouter(options.readiness, options.health ?? { draining: false }));
  app.get('/openapi.json', (_req, res) => {
    res.json(options.openapi);
  });
  app.use(
    '/v1',
    noStore,
    jsonOnly,
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    authenticate(options.verifyToken),
    requireActiveCentre(options.centres),
    centreDirectoryRouter(options.centres),
    options.api,
  );
  if (options.publicRoutes) app.use(options.publicRoutes);
  app.use(noStore, notFoundHandler);
  app.use(problemMiddleware(options.errorPrefix, options.logger));
  return app;
}
