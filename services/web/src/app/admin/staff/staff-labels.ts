import type { StaffAccount, StaffRole } from './staff-rules';

/** Roles and statuses in words (keys of the admin namespace). */
export const ROLE_LABELS: Record<StaffRole, string> = {
  coordinator: 'roles.coordinator',
  promoter: 'roles.promoter',
  interpreter: 'roles.interpreter',
  lawyer: 'roles.lawyer',
};

export const ROLE_HINTS: Record<StaffRole, string> = {
  coordinator: 'roleHints.coordinator',
  promoter: 'roleHints.promoter',
  interpreter: 'roleHints.interpreter',
  lawyer: 'roleHints.lawyer',
};

export const ACCOUNT_STATUS_LABELS: Record<StaffAccount['status'], string> = {
  invited: 'staff.status.invited',
  active: 'staff.status.active',
  deactivated: 'staff.status.deactivated',
};
