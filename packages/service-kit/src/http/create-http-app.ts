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
 * The path without its query, and without the secrets some paths carry: an invitation link's token
 * opens an account, a sign-in interaction's id continues a sign-in.
 */
export function loggablePath(url: string): string {
  return (url.split('?')[0] ?? '').replace(/^\/invitations\/[^/]+/, '/invitations/:token').replace(/^\/interaction\/[^/]+/, '/interaction/:uid');
}

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
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (_req, res) => String(res.getHeader('X-Request-Id') ?? ''),
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Method, path (no query string), status and timing: never bodies, headers or query values.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: loggablePath(req.url) }),
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
