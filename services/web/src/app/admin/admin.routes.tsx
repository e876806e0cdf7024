import type { RouteObject } from 'react-router';

/**
 * Administration: a coordinator's staff, centre questions, sharing agreements and audit trails
 * (/admin/...), and an operator's centres (/centres). Each screen loads when first visited.
 */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', lazy: async () => ({ Component: (await import('./admin-home-screen')).AdminHomeScreen }) },
  { path: 'admin/staff', lazy: async () => ({ Component: (await import('./staff/staff-screen')).StaffScreen }) },
  { path: 'admin/staff/:staffId', lazy: async () => ({ Component: (await import('./staff/staff-member-screen')).StaffMemberScreen }) },
  { path: 'admin/questions', lazy: async () => ({ Component: (await import('./intake-form/intake-form-screen')).IntakeFormScreen }) },
  { path: 'admin/sharing', lazy: async () => ({ Component: (await import('./sharing/sharing-screen')).SharingScreen }) },
  { path: 'admin/sharing/new', lazy: async () => ({ Component: (await import('./sharing/new-agreement-screen')).NewAgreementScreen }) },
  { path: 'admin/audit', lazy: async () => ({ Component: (await import('./audit/audit-screen')).AuditScreen }) },
  { path: 'centres', lazy: async () => ({ Component: (await import('./centres/centres-screen')).CentresScreen }) },
  { path: 'centres/:centreId', lazy: async () => ({ Component: (await import('./centres/centre-screen')).CentreScreen }) },
];
