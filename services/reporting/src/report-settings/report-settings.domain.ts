/**
 * Who among a centre's staff reads its in-centre reports (exact figures): its coordinators and
 * lawyers always; with `all-staff`, its promoters and interpreters too. The centre's coordinator
 * chooses; until then the restrictive setting holds.
 */
export const STAFF_REPORT_ACCESS = ['coordinators-and-lawyers', 'all-staff'] as const;
export type StaffReportAccess = (typeof STAFF_REPORT_ACCESS)[number];
export const DEFAULT_STAFF_REPORT_ACCESS: StaffReportAccess = 'coordinators-and-lawyers';

/** One change of the setting, kept for good: who (staff user id), when, from what to what. */
export interface ReportSettingChange {
  at: Date;
  by: string;
  from: StaffReportAccess;
  to: StaffReportAccess;
}

export interface ReportSettings {
  centre: string;
  staffReportAccess: StaffReportAccess;
  /** Every change, oldest first. */
  changes: ReportSettingChange[];
  /** 0 while nothing was ever stored. */
  version: number;
}

export function defaultReportSettings(centre: string): ReportSettings {
  return { centre, staffReportAccess: DEFAULT_STAFF_REPORT_ACCESS, changes: [], version: 0 };
}

/** The settings with the new choice and its change recorded; null when it is the current one (nothing to change). */
export function changeStaffReportAccess(current: ReportSettings, to: StaffReportAccess, by: { userId: string; at: Date }): ReportSettings | null {
  if (current.staffReportAccess === to) return null;
  return {
    ...current,
    staffReportAccess: to,
    changes: [...current.changes, { at: by.at, by: by.userId, from: current.staffReportAccess, to }],
  };
}
