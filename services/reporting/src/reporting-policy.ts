import { CENTRE_STAFF_ROLES, DomainError, type Role } from '@corredor/contracts';
import { definePolicy } from '@corredor/service-kit';
import type { StaffReportAccess } from './report-settings/report-settings.domain';

const EVERYONE = CENTRE_STAFF_ROLES;
const COORDINATORS = ['coordinator'] as const;

/**
 * Who may read what in reporting, in one table. A centre's in-centre reports (exact figures, never
 * leaving the centre) are for its coordinators and lawyers; its promoters and interpreters read them
 * only when the centre's coordinator opened them to all staff (the centre's report settings, a
 * data-dependent rule: the routes admit all staff and ask `mayReadCentreReports`). Operators and
 * network analysts have no staff role, so nothing here admits them: they never see a centre's
 * in-centre report.
 */
export const reportingPolicy = definePolicy({
  'report.read': ['coordinator', 'lawyer'],
  /** Only when the centre's setting is `all-staff`. */
  'report.read-when-open-to-all-staff': ['promoter', 'interpreter'],
  /** Everyone on the staff may see who reads the reports. */
  'report-settings.read': EVERYONE,
  'report-settings.change': COORDINATORS,
});

export type ReportingAction = keyof typeof reportingPolicy.table;

export function mayReadCentreReports(roles: readonly Role[], access: StaffReportAccess): boolean {
  return reportingPolicy.allows(roles, 'report.read') || (access === 'all-staff' && reportingPolicy.allows(roles, 'report.read-when-open-to-all-staff'));
}

/** Refuses (403) a member of staff the centre's reports are not open to. */
export function assertMayReadCentreReports(roles: readonly Role[], access: StaffReportAccess): void {
  if (!mayReadCentreReports(roles, access)) {
    throw new DomainError(
      'REPORTING.REPORTS_RESTRICTED',
      'forbidden',
      "This centre's reports are open to its coordinators and lawyers only; its coordinator can open them to all staff.",
    );
  }
}
