import { randomUUID } from 'node:crypto';
import { loggablePath, REQUEST_ID, type Logger } from '@corredor/service-kit';
import type { RequestHandler } from 'express';

/**
 * A request id for every request (the browser's own when it is a UUID or trace id), answered in
 * X-Request-Id and passed to the service a call goes to, so one id follows it through both logs.
 */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming.toLowerCase() : randomUUID();
  res.locals['requestId'] = id;
  res.setHeader('X-Request-Id', id);
  next();
};

const UNLOGGED = new Set(['/healthz', '/readyz']);

/** One line per API and sign-in request: method, path without its values or query, status, time. No cookie, no user. */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (UNLOGGED.has(req.path) || !(req.path.startsWith('/api/') || req.path.startsWith('/auth/')) || !logger.isLevelEnabled('info')) return next();
    const startedAt = Date.now();
    res.once('close', () => {
      logger.info(
        { req: { id: res.locals['requestId'], method: req.method, path: loggablePath(req.originalUrl) }, res: { statusCode: res.statusCode }, responseTime: Date.now() - startedAt },
        res.writableEnded ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}
