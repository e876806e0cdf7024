import { centreIdSchema, DomainError, languagesSchema } from '@corredor/contracts';
import { networkPrincipalOf, requireRole, valid, validate, visibleCentre, type CentreDirectoryView } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import { nameKeyOf, PARTNER_SERVICES } from './partner.domain';
import type { PartnerRepository } from './partner.repository';
import { seedPartnerDirectory } from './seed-partner-directory.use-case';

export const partnerContactSchema = z.strictObject({
  phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/, 'must be a phone number such as "+52 664 000 0000"').optional(),
  email: z.email('must be an email address').optional(),
  website: z.url({ protocol: /^https?$/, error: 'must be a web address such as "https://example.org"' }).optional(),
});

const organisation = z.strictObject({
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().min(1).max(1000).optional(),
  services: z.array(z.enum(PARTNER_SERVICES)).min(1, 'name at least one service the organisation offers'),
  languages: languagesSchema.optional(),
  agreementSigned: z.boolean().optional(),
  contact: partnerContactSchema.optional(),
});

const seedBody = z.strictObject({
  organisations: z
    .array(organisation)
    .min(1)
    .max(500)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((item, index) => {
        const key = nameKeyOf(item.name);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'names an organisation already in the list' });
        seen.add(key);
      });
    }),
});

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
