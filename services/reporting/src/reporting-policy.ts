import { CENTRE_STAFF_ROLES } from '@corredor/contracts';
import { definePolicy } from '@corredor/service-kit';

/**
 * Who may read what in reporting, in one table. A centre's figures are for all its staff. Operators
 * and network analysts have no staff role: they get no centre's report here (shared figures, with
 * small cells suppressed, are another matter).
 */
export const reportingPolicy = definePolicy({
  'report.read': CENTRE_STAFF_ROLES,
});
