import { DomainError, type ErrorKind } from '@corredor/contracts';
import { errorFields, stackFrames } from '@corredor/messaging';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { FieldError } from './field-errors';
import { matchedRouteOf } from './matched-route';

export { definedPath, fieldErrors, type FieldError } from './field-errors';

/** RFC 9457 problem details, with the stable code and field-level errors. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

/** The one table from error kind to HTTP status. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  'unsupported-media-type': 415,
  validation: 422,
  'rule-violation': 422,
  'not-found': 404,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  gone: 410,
  'too-many-requests': 429,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Input that failed its schema; `code` is the service's own, e.g. INTAKE.VALIDATION_FAILED. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  constructor(readonly errors: FieldError[]) {
    super('request validation failed');
  }
}

/** The service cannot answer yet (it is still starting); the client may try again after `retryAfterSeconds`. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

function problemType(code: string): string {
  return `urn:corredor:problem:${code.toLowerCase()}`;
}

export function problem(status: number, code: string, detail?: string, errors?: FieldError[]): Problem {
  return {
    type: problemType(code),
    title: TITLES[status] ?? 'Error',
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  };
}

interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Maps anything thrown to a problem; unknown errors become a 500 that says nothing about the data. */
export function toProblem(error: unknown, servicePrefix: string): Problem {
  if (error instanceof RequestValidationError) {
    return problem(422, `${servicePrefix}.VALIDATION_FAILED`, 'Some fields are missing or invalid.', error.errors);
  }
  if (error instanceof DomainError) return problem(STATUS_BY_KIND[error.kind], error.code, error.message);
  if (error instanceof ServiceUnavailableError) return problem(503, error.code, error.message);
  const httpish = (typeof error === 'object' && error !== null ? error : {}) as HttpishError;
  if (httpish.type === 'entity.parse.failed') return problem(400, 'REQUEST.MALFORMED_JSON', 'The body is not valid JSON.');
  if (httpish.type === 'query.malformed') return problem(400, 'REQUEST.MALFORMED_QUERY', 'The query string is not valid UTF-8.');
  if (httpish.type === 'entity.too.large') return problem(413, 'REQUEST.TOO_LARGE', 'The body is larger than allowed.');
  const status = httpish.status ?? httpish.statusCode;
  if (status !== undefined && status >= 400 && status < 500 && httpish.expose) return problem(status, 'REQUEST.INVALID');
  return problem(500, 'INTERNAL', 'Something went wrong on our side. The request id helps us find it.');
}

export function problemMiddleware(servicePrefix: string, logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const body = toProblem(error, servicePrefix);
    // The route's pattern (`/v1/people/:id`), never the path as sent: a name typed where an id goes stays out of the answer.
    const route = matchedRouteOf(req);
    if (route !== undefined) body.instance = route;
    const requestId = res.locals['requestId'];
    if (typeof requestId === 'string') body.requestId = requestId;
    if (error instanceof ServiceUnavailableError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    else if (body.status >= 500) {
      logger.error({ requestId, ...errorFields(error), stack: stackFrames(error) }, 'request failed');
    }
    if (body.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="corredor"');
    res.status(body.status).type('application/problem+json').json(body);
  };
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new DomainError('REQUEST.NOT_FOUND', 'not-found', 'There is nothing at this address.'));
};
