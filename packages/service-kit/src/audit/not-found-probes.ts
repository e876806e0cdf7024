import { DomainError } from '@corredor/contracts';
import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { AnyPrincipal } from '../auth/principal';
import { NOT_AN_ID, type AuditEntryFields } from './audit-trail.domain';
import { auditUnavailable, requestIdOf, type AuditTrail } from './audit-trail';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `people` → `person`, `labour-claims` → `labour-claim`: the kind of record a path segment holds. */
function recordType(collection: string): string {
  if (collection === 'people') return 'person';
  return collection.endsWith('s') && collection !== 'staff' ? collection.slice(0, -1) : collection;
}

/** `CASE.NOTE_NOT_FOUND` → `note`, `CASE.NOT_FOUND` → `case`: what the error says was missing. */
function missingKind(code: string): string {
  const [prefix = '', rest = ''] = code.split('.');
  const kind = rest === 'NOT_FOUND' ? prefix : rest.replace(/_NOT_FOUND$/, '');
  return kind.toLowerCase().replace(/_/g, '-');
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The record a 404 was about, from the route's pattern and the path: the path parameter whose kind
 * the error names (`/cases/:id/notes/:noteId` with CASE.NOTE_NOT_FOUND: the note), else the last
 * one. Its value is kept only when it is a UUID, so a name typed where an id goes never is.
 */
export function probedRecord(routePath: string, path: string, code: string): { type: string; id: string } | null {
  const pattern = routePath.split('/');
  const actual = path.split('/');
  const params: Array<{ type: string; value: string | null }> = [];
  pattern.forEach((segment, index) => {
    if (!segment.startsWith(':')) return;
    const value = actual[index];
    params.push({ type: recordType(pattern[index - 1] ?? 'record'), value: value === undefined ? null : decoded(value) });
  });
  const kind = missingKind(code);
  const param = params.find((p) => p.type === kind || p.type.endsWith(`-${kind}`)) ?? params[params.length - 1];
  if (!param) return null;
  return { type: param.type, id: param.value !== null && UUID.test(param.value) ? param.value.toLowerCase() : NOT_AN_ID };
}

/** The audit entry of a staff request to a /v1 route with path parameters that ended in a 404; null for any other error. */
export function notFoundProbe(error: unknown, req: Request, res: Response): AuditEntryFields | null {
  if (!(error instanceof DomainError) || error.kind !== 'not-found' || !error.code.endsWith('NOT_FOUND')) return null;
  const principal = res.locals['principal'] as AnyPrincipal | undefined;
  const routePath = (req.route as { path?: unknown } | undefined)?.path;
  if (principal?.kind !== 'staff' || typeof routePath !== 'string' || !routePath.includes(':')) return null;
  const record = probedRecord(routePath, req.path, error.code);
  if (!record) return null;
  return {
    centre: principal.centre,
    actor: { userId: principal.userId, roles: principal.roles },
    action: 'record.not-found',
    record,
    purpose: 'unstated',
    requestId: requestIdOf(res),
  };
}

/**
 * `api` with an error handler behind it that records every 404 a staff member meets on a route
 * with path parameters (another centre's case id, an id tried at random): such probes are how a
 * tenant would look for another's people. The entry is stored before the 404 goes out; when it
 * cannot be, the answer is a 503, as for a read that could not be recorded.
 */
export function withNotFoundAudit(api: Router, audit: AuditTrail): Router {
  const router = Router();
  router.use(api);
  const recordProbe: ErrorRequestHandler = (error: unknown, req, res, next) => {
    const probe = notFoundProbe(error, req, res);
    if (!probe) return next(error);
    audit.record(probe).then(
      () => next(error),
      () => next(auditUnavailable()),
    );
  };
  router.use(recordProbe);
  return router;
}
