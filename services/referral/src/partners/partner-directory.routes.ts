import { centreIdSchema, DomainError, partnerOrganisationListSchema } from '@corredor/contracts';
import { networkPrincipalOf, requireRole, valid, validate, visibleCentre, type CentreDirectoryView } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import type { PartnerRepository } from './partner.repository';
import { seedPartnerDirectory } from './seed-partner-directory.use-case';

const seedBody = z.strictObject({ organisations: partnerOrganisationListSchema.min(1).max(500) });

const params = z.object({ centreId: centreIdSchema });

/** The operator's side of a centre's partner directory: seeding it when the centre is set up. */
export function partnerDirectoryRouter(deps: { partners: PartnerRepository; clock: () => Date; centres: CentreDirectoryView }): Router {
  const router = Router();
  router.put('/centres/:centreId/partner-directory', requireRole('operator'), validate({ params, body: seedBody }), async (_req, res) => {
    const operator = networkPrincipalOf(res);
    const centre = visibleCentre(deps.centres, operator, valid(res, 'params', params).centreId);
    // A suspended centre may still be prepared (apply runs again while it is suspended); an archived one is closed.
    if (centre.status === 'archived') throw new DomainError('CENTRE.ARCHIVED', 'conflict', 'This centre is archived: its directory is closed.');
    const { organisations } = valid(res, 'body', seedBody);
    res.json(await seedPartnerDirectory(deps, { centre: centre.id, seededBy: operator.userId, organisations }));
  });
  return router;
}
