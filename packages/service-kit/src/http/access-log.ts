import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { matchedRouteOf } from './matched-route';

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

/** Probes, answered many times a minute: not worth a line each. */
const UNLOGGED = new Set(['/healthz', '/readyz']);

/** The centre (or network) of the caller, once authenticated: no user id, no role. */
function callerOf(res: Response): { centre: string } | { network: string } | null {
  const principal = res.locals['principal'] as { centre?: string; network?: string } | undefined;
  if (principal?.centre) return { centre: principal.centre };
  return principal?.network ? { network: principal.network } : null;
}

function writeLine(logger: Logger, req: Request, res: Response, startedAt: number, error: unknown): void {
  const requestId = res.locals['requestId'];
  const line = {
    ...callerOf(res),
    // Method, route (no values from the path or the query string), status and timing: never bodies or headers.
    req: { id: typeof requestId === 'string' ? requestId : '', method: req.method, path: loggablePath(req.originalUrl, matchedRouteOf(req)) },
    res: { statusCode: res.statusCode },
  };
  const responseTime = Date.now() - startedAt;
  if (error !== undefined || res.statusCode >= 500) {
    // What went wrong is logged once, by the problem middleware; this line says only that it did.
    logger.info({ ...line, err: error ?? new Error(`failed with status code ${res.statusCode}`), responseTime }, 'request errored');
  } else {
    logger.info({ ...line, responseTime }, !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted');
  }
}

/** An error on a response (a write after its end) is the handler's bug: it must not crash the process, as an unheard 'error' event would. */
const ignoreResponseError = () => {};

/**
 * One `info` line per request once its response is done or abandoned, in the shape pino-http gave
 * them. With `info` off when a request arrives, nothing is prepared for it; with it on, the line is
 * written from the fields at hand, with no child logger per request (pino-http built two or three,
 * each passing its bindings through the logger's redaction). The redaction stays the net under the line.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (UNLOGGED.has(req.url) || !logger.isLevelEnabled('info')) {
      res.once('error', ignoreResponseError);
      return next();
    }
    const startedAt = Date.now();
    let written = false;
    const done = (error?: unknown) => {
      if (written) return;
      written = true;
      writeLine(logger, req, res, startedAt, error);
    };
    // 'close' follows every response, finished or abandoned; an 'error' may come before it.
    res.once('close', done);
    res.once('error', done);
    next();
  };
}
