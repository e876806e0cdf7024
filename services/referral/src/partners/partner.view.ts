import { partnerContactSchema, partnerServiceSchema } from '@corredor/contracts';
import { z } from 'zod';
import type { Partner } from './partner.domain';

export const partnerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    services: z.array(partnerServiceSchema),
    agreementSigned: z.boolean().meta({ description: 'A signed cooperation agreement backs the partnership: only coordinators refer to a partner without one' }),
    languages: z.array(z.string()),
    description: z.string().optional(),
    contact: partnerContactSchema.optional(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Partner' });

export function partnerView(partner: Partner): z.infer<typeof partnerSchema> {
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
