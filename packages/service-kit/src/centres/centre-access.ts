import { CENTRE_STAFF_ROLES, centreIdSchema, DomainError, type CentreSnapshot, type CentreStatus } from '@corredor/contracts';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { anyPrincipalOf, requireRole, type AnyPrincipal } from '../auth/principal';
import { ServiceUnavailableError } from '../http/problem';
import { valid, validate } from '../http/validate';
import type { CentreDirectoryView } from './centre-directory';

const RETRY_AFTER_SECONDS = 2;

/** 503 CENTRE.DIRECTORY_LOADING, with Retry-After: the process has not read the centre topic yet. */
export function centreDirectoryLoading(): ServiceUnavailableError {
  return new ServiceUnavailableError('CENTRE.DIRECTORY_LOADING', 'The service is still reading the centres; try again shortly.', RETRY_AFTER_SECONDS);
}

const REFUSALS: Record<Exclude<CentreStatus, 'active'>, DomainError> = {
  suspended: new DomainError('CENTRE.SUSPENDED', 'forbidden', 'This centre is suspended.'),
  archived: new DomainError('CENTRE.ARCHIVED', 'forbidden', 'This centre is closed.'),
};

/**
 * Lets a centre's staff in only while their centre is known and active, whatever their token says:
 * a suspension takes effect as soon as this service reads it. Network principals pass; the routes
 * they may use check that the centre they name belongs to their network.
 */
export function requireActiveCentre(centres: CentreDirectoryView): RequestHandler {
  return (_req, res, next) => {
    const principal = anyPrincipalOf(res);
    if (principal.kind !== 'staff') return next();
    if (!centres.isLoaded()) return next(centreDirectoryLoading());
    const centre = centres.get(principal.centre);
    if (!centre) return next(new DomainError('CENTRE.UNKNOWN', 'forbidden', 'This centre is not known here.'));
    if (centre.status !== 'active') return next(REFUSALS[centre.status]);
    next();
  };
}

/**
 * The centre a request names, if the caller may see it: its own staff, or a network principal whose
 * network it belongs to. Anyone else gets CENTRE.UNKNOWN (404), as if it did not exist.
 */
export function visibleCentre(centres: CentreDirectoryView, principal: AnyPrincipal, centreId: string): CentreSnapshot {
  if (!centres.isLoaded()) throw centreDirectoryLoading();
  const centre = centres.get(centreId);
  const visible = centre && (principal.kind === 'staff' ? principal.centre === centre.id : centre.networks.includes(principal.network));
  if (!centre || !visible) throw new DomainError('CENTRE.UNKNOWN', 'not-found', 'No such centre in your network.');
  return centre;
}

const params = z.object({ centreId: centreIdSchema });

/**
 * `GET /centre-directory/:centreId`: the centre as this service sees it, so an operator can wait
 * until every service has seen a change. Only for the centre's staff and for operators of a network
 * it belongs to; anyone else learns nothing, not even that it exists.
 */
export function centreDirectoryRouter(centres: CentreDirectoryView): Router {
  const router = Router();
  router.get('/centre-directory/:centreId', requireRole('operator', ...CENTRE_STAFF_ROLES), validate({ params }), (_req, res) => {
    const centre = visibleCentre(centres, anyPrincipalOf(res), valid(res, 'params', params).centreId);
    res.json({ id: centre.id, status: centre.status, configVersion: centre.configVersion });
  });
  return router;
}
