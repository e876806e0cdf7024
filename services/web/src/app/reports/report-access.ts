/**
 * Who reads the centre's in-centre report (exact figures), as the reporting service decides it
 * (its reporting-policy): coordinators and lawyers always; promoters and interpreters when the
 * centre's coordinator opened the reports to all staff. The screen asks the settings only when the
 * roles alone do not decide; the service's 403 stays the last word.
 */
export type StaffReportAccess = 'coordinators-and-lawyers' | 'all-staff';

const ALWAYS = ['coordinator', 'lawyer'];
const WHEN_OPEN = ['promoter', 'interpreter'];

/** Whether the roles read the reports whatever the settings say. */
export function readsReportsAlways(roles: readonly string[]): boolean {
  return roles.some((role) => ALWAYS.includes(role));
}

/** Whether the roles read the reports under these settings. */
export function mayReadReports(roles: readonly string[], access: StaffReportAccess): boolean {
  return readsReportsAlways(roles) || (access === 'all-staff' && roles.some((role) => WHEN_OPEN.includes(role)));
}

/** The service's code for a member of staff the reports are not open to. */
export const REPORTS_RESTRICTED = 'REPORTING.REPORTS_RESTRICTED';
