import { networkPrincipalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { ensureCoordinatorUseCase, refuseOnceCoordinated, reissueInvitationUseCase } from './invite-staff.use-case';
import type { StaffDeps } from './staff-deps';
import { centreParams, coordinatorBody } from './staff.schemas';
import { invitationView } from './staff.view';
import { DomainError } from '@corredor/contracts';
import { belongsToNetwork } from '../centres/centre.domain';

/** The operator's side of staff: a new centre's first coordinator, and nothing else of its staff. */
export function coordinatorRouter(deps: StaffDeps): Router {
  const router = Router();
  const operator = requireRole('operator');

  router.put('/centres/:id/coordinator', operator, validate({ params: centreParams, body: coordinatorBody }), async (_req, res) => {
    const outcome = await ensureCoordinatorUseCase(deps, {
      principal: networkPrincipalOf(res),
      centreId: valid(res, 'params', centreParams).id,
      coordinator: valid(res, 'body', coordinatorBody),
    });
    if (outcome.status === 'active') return void res.json({ status: 'active' });
    if (outcome.invitation) return void res.status(201).json({ status: 'invited', invitation: invitationView(outcome.invitation) });
    res.json({ status: 'invited', invitation: null, pendingUntil: outcome.pendingUntil.toISOString() });
  });

  router.post('/centres/:id/coordinator/invitation', operator, validate({ params: centreParams }), async (_req, res) => {
    const { id } = valid(res, 'params', centreParams);
    const centre = await deps.centres.findById(id);
    if (!centre || !belongsToNetwork(centre, networkPrincipalOf(res).network)) {
      throw new DomainError('CENTRE.NOT_FOUND', 'not-found', 'Your network has no centre with this id.');
    }
    await refuseOnceCoordinated(deps, id);
    const pending = (await deps.staff.listAccounts(id)).find((account) => account.status === 'invited' && account.roles.includes('coordinator'));
    if (!pending) throw new DomainError('STAFF.NO_PENDING_COORDINATOR', 'conflict', 'No coordinator of this centre is waiting for an invitation.');
    const invitation = await reissueInvitationUseCase(deps, { tenant: id, accountId: pending.id });
    res.status(201).json({ invitation: invitationView(invitation) });
  });

  return router;
}
