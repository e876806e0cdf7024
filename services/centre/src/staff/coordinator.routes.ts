import { type ApiRoutes, networkPrincipalOf, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { ensureCoordinatorUseCase, reissueCoordinatorInvitationUseCase } from './invite-staff.use-case';
import type { StaffDeps } from './staff-deps';
import { invitationEnvelope, invitationSchema } from './staff.routes';
import { centreParams, coordinatorBody } from './staff.schemas';
import { invitationView } from './staff.view';

const coordinatorOutcome = z
  .union([
    z.object({ status: z.literal('active') }),
    z.object({ status: z.literal('invited'), invitation: invitationSchema }),
    z.object({
      status: z.literal('invited'),
      invitation: z.null(),
      pendingUntil: z.iso.datetime().meta({ description: 'An earlier invitation is still pending until then' }),
    }),
  ])
  .meta({ id: 'CoordinatorOutcome' });

/** The operator's side of staff: a new centre's first coordinator, and nothing else of its staff. */
export function coordinatorRoutes(api: ApiRoutes, deps: StaffDeps): void {
  const operatorOnly = { tag: 'Staff' } as const;

  api.put(
    '/centres/:id/coordinator',
    {
      ...operatorOnly,
      summary: 'Makes sure a new centre has its first coordinator: invites them, unless they are invited or active already',
      params: centreParams,
      body: coordinatorBody,
      responses: {
        200: { description: 'The coordinator is active, or their invitation is still pending', schema: coordinatorOutcome },
        201: { description: 'Invited: the link to hand them', schema: coordinatorOutcome },
      },
      errors: [409],
    },
    async (_req, res) => {
      const outcome = await ensureCoordinatorUseCase(deps, {
        principal: networkPrincipalOf(res),
        centreId: valid(res, 'params', centreParams).id,
        coordinator: valid(res, 'body', coordinatorBody),
      });
      if (outcome.status === 'active') return void res.json({ status: 'active' });
      if (outcome.invitation) return void res.status(201).json({ status: 'invited', invitation: invitationView(outcome.invitation) });
      res.json({ status: 'invited', invitation: null, pendingUntil: outcome.pendingUntil.toISOString() });
    },
  );

  api.post(
    '/centres/:id/coordinator/invitation',
    {
      ...operatorOnly,
      summary: "Issues a new invitation link for the centre's first coordinator, who has not accepted yet",
      params: centreParams,
      responses: { 201: { description: 'The new invitation link', schema: invitationEnvelope } },
      errors: [409],
    },
    async (_req, res) => {
      const invitation = await reissueCoordinatorInvitationUseCase(deps, { principal: networkPrincipalOf(res), centreId: valid(res, 'params', centreParams).id });
      res.status(201).json({ invitation: invitationView(invitation) });
    },
  );
}
