import { randomUUID } from 'node:crypto';
import { DomainError, languagesSchema } from '@corredor/contracts';
import { DuplicateKeyError } from '@corredor/persistence';
import { type ApiRoutes, decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { nameKeyOf, PARTNER_SERVICES, type Partner } from './partner.domain';
import type { PartnerRepository } from './partner.repository';
import { partnerSchema, partnerView } from './partner.view';

const createBody = z.strictObject({
  name: z.string().trim().min(2).max(200),
  services: z.array(z.enum(PARTNER_SERVICES)).min(1, 'name at least one service the partner offers'),
  agreementSigned: z.boolean().default(false),
  languages: languagesSchema.optional(),
});
const listQuery = pageQuery({ defaultLimit: 50, maxLimit: 200 }).extend({ service: z.enum(PARTNER_SERVICES).optional() });
const listCursor = z.tuple([z.string(), z.uuid()]);

export function partnersRoutes(api: ApiRoutes, deps: { partners: PartnerRepository; clock: () => Date }): void {
  api.post(
    '/partners',
    {
      summary: "Adds a partner organisation to the centre's directory",
      tag: 'Partners',
      body: createBody,
      responses: { 201: { description: 'The partner', schema: partnerSchema, headers: { Location: 'The partner' } } },
      errors: [409],
    },
    async (_req, res) => {
      const input = valid(res, 'body', createBody);
      const principal = principalOf(res);
      const partner: Partner = {
        id: randomUUID(),
        tenant: principal.centre,
        name: input.name,
        nameKey: nameKeyOf(input.name),
        services: [...new Set(input.services)],
        agreementSigned: input.agreementSigned,
        languages: input.languages ?? [],
        createdAt: deps.clock(),
        createdBy: principal.userId,
      };
      try {
        await deps.partners.add(partner);
      } catch (error) {
        if (error instanceof DuplicateKeyError) {
          throw new DomainError('REFERRAL.PARTNER_ALREADY_EXISTS', 'conflict', 'A partner with this name is already in the directory.');
        }
        throw error;
      }
      res.status(201).location(`/v1/partners/${partner.id}`).json(partnerView(partner));
    },
  );

  api.get(
    '/partners',
    {
      summary: "The centre's partner directory, by name, optionally only those offering a service",
      tag: 'Partners',
      query: listQuery,
      responses: { 200: { description: 'A page of partners', schema: pageSchema(partnerSchema).meta({ id: 'PartnerPage' }) } },
    },
    async (_req, res) => {
      const { service, limit, cursor } = valid(res, 'query', listQuery);
      const after = decodeCursor(cursor, listCursor);
      const fetched = await deps.partners.list(principalOf(res).centre, { ...(service ? { service } : {}), after, limit: limit + 1 });
      const page = toPage(fetched, limit, (partner) => [partner.nameKey, partner.id]);
      res.json({ items: page.items.map(partnerView), nextCursor: page.nextCursor });
    },
  );
}
