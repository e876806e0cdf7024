import { centreIdSchema, iso639Schema, staffRoleSchema } from '@corredor/contracts';
import { z } from 'zod';

const roles = z
  .array(staffRoleSchema)
  .min(1, 'at least one role is required')
  .refine((list) => new Set(list).size === list.length, 'roles must not repeat');

/** A person's name as typed, without control or invisible formatting characters (a right-to-left override can disguise a name). */
const personName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name), 'must not contain control or invisible formatting characters')
  .transform((name) => name.normalize('NFC'));

export const newStaffBody = z.strictObject({
  name: personName,
  email: z.email('must be an email address').max(254),
  roles,
  preferredLanguage: iso639Schema.default('es'),
});

export const coordinatorBody = newStaffBody.omit({ roles: true });

export const rolesBody = z.strictObject({ roles });

export const accountParams = z.object({ id: z.uuid('not an account id') });
export const centreParams = z.object({ id: centreIdSchema });
