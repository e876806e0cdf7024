import { z } from 'zod';

/** A centre (tenant) id: lowercase slug such as `tijuana` or `ciudad-juarez`. */
export const centreIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a lowercase slug such as "tijuana"');
export type CentreId = z.infer<typeof centreIdSchema>;

/** A network of centres (a union confederation, a cross-border alliance, a funder's programme): a slug too. */
export const networkIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a lowercase slug such as "red-corredor-mx"');
export type NetworkId = z.infer<typeof networkIdSchema>;

/**
 * A staff account's id as tokens carry it (`sub`) and records store it (assignee, delivered by,
 * interviewed by): bounded letters, digits and . _ @ : + -, so free text (a name, an address)
 * can never be stored or published where an id belongs.
 */
export const staffIdSchema = z.string().regex(/^[A-Za-z0-9._@:+-]{1,128}$/, 'must be a staff account id: 1 to 128 letters, digits or . _ @ : + -');

export const ROLES = ['coordinator', 'promoter', 'interpreter', 'lawyer', 'operator', 'network-analyst'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Staff who work with people at a centre (as opposed to operators and network analysts). */
export const CENTRE_STAFF_ROLES = ['coordinator', 'promoter', 'interpreter', 'lawyer'] as const satisfies readonly Role[];
export const staffRoleSchema = z.enum(CENTRE_STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Roles bound to a network of centres rather than to one centre. */
export const NETWORK_ROLES = ['operator', 'network-analyst'] as const satisfies readonly Role[];
