import { centreIdSchema, DomainError, partnerOrganisationListSchema } from '@corredor/contracts';
import { type ApiRoutes, networkPrincipalOf, valid, visibleCentre, type CentreDirectoryView } from '@corredor/service-kit';
import { z } from 'zod';
import type { PartnerRepository } from './partner.repository';
import { seedPartnerDirectory } from './seed-partner-directory.use-case';

const seedBody = z.strictObject({ organisations: partnerOrganisationListSchema.min(1).max(500) });

const params = z.object({ centreId: centreIdSchema });

const seedResult = z
  .object({
    created: z.array(z.string()).meta({ description: 'Organisations added, by name' }),
    unchanged: z.array(z.string()).meta({ description: "Organisations the directory had already (by folded name), left as the centre's staff keep them" }),
  })
  .meta({ id: 'PartnerDirectorySeedResult' });

/** The operator's side of a centre's partner directory: seeding it when the centre is set up. */
export function partnerDirectoryRoutes(api: ApiRoutes, deps: { partners: PartnerRepository; clock: () => Date; centres: CentreDirectoryView }): void {
  api.put(
    '/centres/:centreId/partner-directory',
    {
      summary: "Seeds a centre's partner directory: adds the organisations it lacks, never changes those it has",
      tag: 'Partner directory',
      params,
      body: seedBody,
      responses: { 200: { description: 'What was added and what was there already', schema: seedResult } },
      errors: [409],
    },
    async (_req, res) => {
      const operator = networkPrincipalOf(res);
      const centre = visibleCentre(deps.centres, operator, valid(res, 'params', params).centreId);
      // A suspended centre may still be prepared (apply runs again while it is suspended); an archived one is closed.
      if (centre.status === 'archived') throw new DomainError('CENTRE.ARCHIVED', 'conflict', 'This centre is archived: its directory is closed.');
      const { organisations } = valid(res, 'body', seedBody);
      res.json(await seedPartnerDirectory(deps, { centre: centre.id, seededBy: operator.userId, organisations }));
    },
  );
}
