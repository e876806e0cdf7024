import { z } from 'zod';
import { centreContactSchema } from './centre';
import { languagesSchema } from './profile';

/** What partner organisations offer, and so what a person can be referred (channelled) for. */
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
export const partnerServiceSchema = z.enum(PARTNER_SERVICES);
export type PartnerService = z.infer<typeof partnerServiceSchema>;

/** A partner's name folded for uniqueness: "Casa del Migrante" and "casa del  migrante" are one partner. */
export function partnerNameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export const partnerContactSchema = z.strictObject({
  phone: centreContactSchema.shape.phone,
  email: centreContactSchema.shape.email,
  website: z.url({ protocol: /^https?$/, error: 'must be a web address such as "https://example.org"' }).optional(),
});

/**
 * An organisation of a centre's partner directory seed, after the Human Services Data Specification
 * (HSDS): what the operator's centre file lists and the referral service takes.
 */
export const partnerOrganisationSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().min(1).max(1000).optional(),
  services: z
    .array(partnerServiceSchema)
    .min(1, 'name at least one service the organisation offers')
    .refine((list) => new Set(list).size === list.length, 'services must not repeat'),
  languages: languagesSchema.optional(),
  agreementSigned: z.boolean().default(false),
  contact: partnerContactSchema.optional(),
});
export type PartnerOrganisation = z.infer<typeof partnerOrganisationSchema>;

/** A list of organisations in which no name appears twice (by name key). */
export const partnerOrganisationListSchema = z.array(partnerOrganisationSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const key = partnerNameKey(item.name);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'names an organisation already in the list' });
    seen.add(key);
  });
});
