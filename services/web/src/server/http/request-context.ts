import { loggablePath, type Logger } from '@corredor/service-kit';
import type { RequestHandler } from 'express';

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
