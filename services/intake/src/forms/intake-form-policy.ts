import { CENTRE_STAFF_ROLES } from '@corredor/contracts';
import { definePolicy } from '@corredor/service-kit';

/** Everyone at the centre interviews with the form; only its coordinator changes it. */
export const intakeFormPolicy = definePolicy({
  'intake-form.read': CENTRE_STAFF_ROLES,
  'intake-form.revise': ['coordinator'],
});
