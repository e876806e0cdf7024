import { principalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { inviteStaffUseCase, reissueInvitationUseCase } from './invite-staff.use-case';
import { changeStaffUseCase } from './manage-staff.use-case';
import type { StaffDeps } from './staff-deps';
import { accountParams, newStaffBody, rolesBody } from './staff.schemas';
import { invitationView, staffView } from './staff.view';

/** The staff directory as a centre's coordinators manage it; every route is scoped to their own centre. */
export function staffRouter(deps: StaffDeps): Router {
  const router = Router();
  const coordinator = requireRole('coordinator');

  router.get('/staff', coordinator, async (_req, res) => {
    const items = await deps.staff.listAccounts(principalOf(res).centre);
    res.json({ items: items.map(staffView), total: items.length });
  });

  router.post('/staff/invitations', coordinator, validate({ body: newStaffBody }), async (_req, res) => {
    const principal = principalOf(res);
    const { account, invitation } = await inviteStaffUseCase(deps, {
      tenant: principal.centre,
      invitedBy: principal.userId,
      staff: valid(res, 'body', newStaffBody),
    });
    res.status(201).location(`/v1/staff/${account.id}`).json({ account: staffView(account), invitation: invitationView(invitation) });
  });

  router.post('/staff/:id/invitation', coordinator, validate({ params: accountParams }), async (_req, res) => {
    const invitation = await reissueInvitationUseCase(deps, { tenant: principalOf(res).centre, accountId: valid(res, 'params', accountParams).id });
    res.status(201).json({ invitation: invitationView(invitation) });
  });

  router.put('/staff/:id/roles', coordinator, validate({ params: accountParams, body: rolesBody }), async (_req, res) => {
    const account = await changeStaffUseCase(deps, {
      tenant: principalOf(res).centre,
      accountId: valid(res, 'params', accountParams).id,
      change: { kind: 'roles', roles: valid(res, 'body', rolesBody).roles },
    });
    res.json(staffView(account));
  });

  for (const kind of ['deactivate', 'reactivate'] as const) {
    router.post(`/staff/:id/${kind}`, coordinator, validate({ params: accountParams }), async (_req, res) => {
      const account = await changeStaffUseCase(deps, { tenant: principalOf(res).centre, accountId: valid(res, 'params', accountParams).id, change: { kind } });
      res.json(staffView(account));
    });
  }

  router.post('/staff/:id/second-factor/reset', coordinator, validate({ params: accountParams }), async (_req, res) => {
    const account = await changeStaffUseCase(deps, { tenant: principalOf(res).centre, accountId: valid(res, 'params', accountParams).id, change: { kind: 'reset-second-factor' } });
    res.json(staffView(account));
  });

  router.get('/me', async (_req, res) => {
    const principal = principalOf(res);
    const account = await deps.staff.findAccount(principal.userId);
    // A development token (npm run token) names no account: answer with what the token says.
    res.json(account && account.tenant === principal.centre ? staffView(account) : { id: principal.userId, centre: principal.centre, roles: principal.roles });
  });

  return router;
}
