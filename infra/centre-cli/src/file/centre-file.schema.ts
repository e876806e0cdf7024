import { centreContactSchema, centreIdSchema, centreSpecSchema, iso639Schema, languagesSchema } from '@corredor/contracts';
import { z } from 'zod';

export const CENTRE_FILE_API_VERSION = 'corredor/v1';

/**
 * What partner organisations offer. The referral service owns this list
 * (services/referral/src/partners/partner.domain.ts) and the command may import only the contracts,
 * so it is repeated here until the contracts carry it; the server still has the last word.
 */
export const PARTNER_SERVICES = [
  'shelter',
  'food',
  'health',
  'immigration-legal-aid',
  'women-justice',
  'child-protection',
  'education',
  'lgbtiq-shelter',
  'employment',
  'other',
] as const;

/** The same folding as the referral service: "Casa del Migrante" and "casa del  migrante" are one partner. */
export function partnerNameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An organisation of the partner directory seed, after the Human Services Data Specification (HSDS). */
export const partnerOrganisationSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().min(1).max(1000).optional(),
  services: z
    .array(z.enum(PARTNER_SERVICES))
    .min(1, 'name at least one service the partner offers')
    .refine((list) => new Set(list).size === list.length, 'services must not repeat'),
  languages: languagesSchema.optional(),
  agreementSigned: z.boolean().default(false),
  contact: z
    .strictObject({
      phone: centreContactSchema.shape.phone,
      email: centreContactSchema.shape.email,
      website: z.url({ protocol: /^https?$/, error: 'must be a web address such as "https://example.org"' }).optional(),
    })
    .optional(),
});
export type PartnerOrganisation = z.infer<typeof partnerOrganisationSchema>;

/** The centre's first coordinator, who gets the invitation link. */
export const coordinatorSchema = z.strictObject({
  name: z.string().trim().min(2).max(160),
  email: z.email('must be an email address'),
  preferredLanguage: iso639Schema,
});
export type Coordinator = z.infer<typeof coordinatorSchema>;

export const centreDeclarationSchema = centreSpecSchema.extend({ id: centreIdSchema });

export const centreFileSchema = z.strictObject({
  apiVersion: z.literal(CENTRE_FILE_API_VERSION, { error: `must be "${CENTRE_FILE_API_VERSION}"` }),
  kind: z.literal('Centre', { error: 'must be "Centre"' }),
  centre: centreDeclarationSchema,
  coordinator: coordinatorSchema,
  partners: z
    .array(partnerOrganisationSchema)
    .default([])
    .superRefine((partners, ctx) => {
      const seen = new Set<string>();
      partners.forEach((partner, index) => {
        const key = partnerNameKey(partner.name);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'names a partner listed above' });
        seen.add(key);
      });
    }),
});
export type CentreFile = z.infer<typeof centreFileSchema>;
