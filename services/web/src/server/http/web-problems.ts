import { DomainError } from '@corredor/contracts';
import { ServiceUnavailableError, toProblem, type Logger } from '@corredor/service-kit';
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** The session ended (or never began): the app sends the person to sign in again. */
export const signedOut = () => new DomainError('WEB.SIGNED_OUT', 'unauthenticated', 'Your session has ended: sign in again.');

export const csrfInvalid = () => new DomainError('WEB.CSRF_INVALID', 'forbidden', 'This request did not come from the app (its anti-forgery token is missing or wrong): reload the page.');

export const providerUnavailable = () => new ServiceUnavailableError('WEB.PROVIDER_UNAVAILABLE', 'The sign-in service cannot be reached; try again shortly.', 5);

/** Errors as every Corredor service answers them (problem+json with a stable code), without logging what they carry. */
export function webProblems(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const body = toProblem(error, 'WEB');
    const requestId = res.locals['requestId'];
    if (typeof requestId === 'string') body.requestId = requestId;
    if (error instanceof ServiceUnavailableError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    else if (body.status >= 500) logger.error({ requestId, errorName: error instanceof Error ? error.name : typeof error }, 'request failed');
    res.status(body.status).set('Cache-Control', 'no-store').type('application/problem+json').json(body);
  };
}

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new DomainError('WEB.NOT_FOUND', 'not-found', 'There is nothing at this address.'));
};
