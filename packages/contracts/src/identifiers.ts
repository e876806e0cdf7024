import { z } from 'zod';

/** A centre (tenant) id: lowercase slug such as `tijuana` or `ciudad-juarez`. */
export const centreIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a lowercase slug such as "tijuana"');
export type CentreId = z.infer<typeof centreIdSchema>;

export const ROLES = ['coordinator', 'promoter', 'interpreter', 'lawyer', 'operator', 'network-analyst'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Staff who work with people at a centre (as opposed to operators and network analysts). */
export const CENTRE_STAFF_ROLES: readonly Role[] = ['coordinator', 'promoter', 'interpreter', 'lawyer'];
