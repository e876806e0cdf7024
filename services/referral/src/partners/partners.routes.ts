import { randomUUID } from 'node:crypto';
import { CENTRE_STAFF_ROLES, DomainError, languagesSchema } from '@corredor/contracts';
import { DuplicateKeyError } from '@corredor/persistence';
import { principalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import { nameKeyOf, PARTNER_SERVICES, type Partner } from './partner.domain';
import type { PartnerRepository } from './partner.repository';

const createBody = z.strictObject({
  name: z.string().trim().min(2).max(200),
  services: z.array(z.enum(PARTNER_SERVICES)).min(1, 'name at least one service the partner offers'),
  agreementSigned: z.boolean().default(false),
  languages: languagesSchema.optional(),
});
const listQuery = z.object({ service: z.enum(PARTNER_SERVICES).optional() });

export function partnerView(partner: Partner) {
  return {
    id: partner.id,
    name: partner.name,
    services: partner.services,
    agreementSigned: partner.agreementSigned,
    languages: partner.languages,
    ...(partner.description === undefined ? {} : { description: partner.description }),
    ...(partner.contact === undefined ? {} : { contact: partner.contact }),
    createdAt: partner.createdAt.toISOString(),
  };
}

export function partnersRouter(deps: { partners: PartnerRepository; clock: () => Date }): Router {
  const router = Router();

  // The directory is the coordinator's to keep; all staff consult it.
  router.post('/partners', requireRole('coordinator'), validate({ body: createBody }), async (_req, res) => {
    const body = valid(res, 'body', createBody);
    const principal = principalOf(res);
    const partner: Partner = {
      id: randomUUID(),
      tenant: principal.centre,
      name: body.name,
      nameKey: nameKeyOf(body.name),
      services: [...new Set(body.services)],
      agreementSigned: body.agreementSigned,
      languages: body.languages ?? [],
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
  });

  router.get('/partners', requireRole(...CENTRE_STAFF_ROLES), validate({ query: listQuery }), async (_req, res) => {
    const query = valid(res, 'query', listQuery);
    const partners = await deps.partners.list(principalOf(res).centre, query.service ? { service: query.service } : {});
    res.json({ items: partners.map(partnerView) });
  });

  return router;
}
