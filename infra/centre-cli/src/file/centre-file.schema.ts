import { centreIdSchema, centreSpecSchema, iso639Schema, partnerOrganisationListSchema } from '@corredor/contracts';

export { PARTNER_SERVICES, partnerOrganisationSchema, type PartnerOrganisation } from '@corredor/contracts';
import { z } from 'zod';

export const CENTRE_FILE_API_VERSION = 'corredor/v1';

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
  partners: partnerOrganisationListSchema.default([]),
});
export type CentreFile = z.infer<typeof centreFileSchema>;
