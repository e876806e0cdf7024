import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DomainError, type ApiService } from '@corredor/contracts';
import { ServiceUnavailableError, type Logger } from '@corredor/service-kit';
import express, { Router, type Request, type Response } from 'express';
import { accessTokenOf } from '../auth/session-guard';
import { apiTarget } from './api-path';

export interface ApiProxyDeps {
  serviceUrls: Readonly<Record<ApiService, string>>;
  fetch: typeof fetch;
  logger: Logger;
  /** Largest body forwarded; the services' own limit (HTTP_BODY_LIMIT) is below it. */
  bodyLimit?: string;
  /** How long a service may take to answer. */
  timeoutMs?: number;
}

/** What the browser's request passes on, besides the body: nothing else (no cookie, no Authorization of its own, no X-Forwarded-*). */
const REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'idempotency-key'] as const;
/** What the service's answer passes back, besides the status and body. */
const RESPONSE_HEADERS = ['content-type', 'content-disposition', 'idempotent-replayed', 'retry-after', 'ratelimit', 'ratelimit-policy'] as const;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const unavailable = (service: string) => new ServiceUnavailableError('WEB.SERVICE_UNAVAILABLE', `The ${service} service cannot be reached; try again shortly.`, 5);

/** A Location the service gave relative to itself (`/v1/cases/…`), as the browser must follow it: through this app. */
function locationFor(location: string, service: ApiService, serviceUrl: string): string {
  if (location.startsWith('/v1/')) return `/api/${service}${location}`;
  if (location.startsWith(`${serviceUrl}/v1/`)) return `/api/${service}${location.slice(serviceUrl.length)}`;
  return location;
}

/**
 * `/api/<service>/v1/...` forwarded to that service's `/v1/...` with the signed-in person's access
 * token (which `requireTokens` put in res.locals), the browser's address in X-Forwarded-For (the
 * services count per-address limits on people, not on this app) and this request's id. The answer
 * comes back as the service gave it, streamed, with only the headers the app needs.
 */
export function apiProxy(deps: ApiProxyDeps): Router {
  const router = Router();
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const rawBody = express.raw({ type: () => true, limit: deps.bodyLimit ?? '1mb' });

  router.use(rawBody, async (req: Request, res: Response) => {
    const target = apiTarget(req.originalUrl);
    if ('refused' in target) {
      throw target.refused === 'unknown-service'
        ? new DomainError('WEB.NO_SUCH_API', 'not-found', 'There is no such service.')
        : new DomainError('WEB.PATH_REFUSED', 'not-found', 'There is nothing at this address.');
    }
    if (!METHODS.has(req.method)) throw new DomainError('WEB.METHOD_NOT_ALLOWED', 'not-found', 'There is nothing at this address.');
    const serviceUrl = deps.serviceUrls[target.service];
    const headers = new Headers();
    for (const name of REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    headers.set('authorization', `Bearer ${accessTokenOf(res)}`);
    headers.set('x-forwarded-for', req.ip ?? req.socket.remoteAddress ?? '');
    headers.set('x-request-id', String(res.locals['requestId']));
    const body = WITH_BODY.has(req.method) && Buffer.isBuffer(req.body) && req.body.length > 0 ? req.body : undefined;
    let upstream: globalThis.Response;
    try {
      upstream = await deps.fetch(`${serviceUrl}${target.path}${target.search}`, {
        method: req.method,
        headers,
        ...(body ? { body } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      deps.logger.warn({ service: target.service, errorName: error instanceof Error ? error.name : typeof error }, 'service unreachable');
      throw unavailable(target.service);
    }
    res.status(upstream.status);
    for (const name of RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) res.setHeader(name, value);
    }
    const location = upstream.headers.get('location');
    if (location !== null) res.setHeader('Location', locationFor(location, target.service, serviceUrl));
    res.setHeader('Cache-Control', 'no-store');
    if (!upstream.body || req.method === 'HEAD') {
      await upstream.body?.cancel();
      res.end();
      return;
    }
    await pipeline(Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>), res).catch((error: unknown) => {
      // The browser left, or the service broke off: nothing more can be sent.
      deps.logger.info({ service: target.service, errorName: error instanceof Error ? error.name : typeof error }, 'response stream ended early');
    });
  });
  return router;
}
