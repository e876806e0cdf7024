import { networkPrincipalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { ensureCoordinatorUseCase, reissueCoordinatorInvitationUseCase } from './invite-staff.use-case';
import type { StaffDeps } from './staff-deps';
import { centreParams, coordinatorBody } from './staff.schemas';
import { invitationView } from './staff.view';

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
    const invitation = await reissueCoordinatorInvitationUseCase(deps, { principal: networkPrincipalOf(res), centreId: valid(res, 'params', centreParams).id });
    res.status(201).json({ invitation: invitationView(invitation) });
  });

  return router;
}
