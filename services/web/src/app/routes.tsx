import type { RouteObject } from 'react-router';
import { adminRoutes } from './admin/admin.routes';
import { casesRoutes } from './cases/cases.routes';
import { intakeRoutes } from './intake/intake.routes';
import { partnersRoutes } from './partners/partners.routes';
import { reportsRoutes } from './reports/reports.routes';
import { Layout } from './shell/layout';
import { NotFound } from './shell/not-found';
import { todayRoutes } from './today/today.routes';

/** Every screen, each area's code loaded when first visited (code split per area). */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    children: [...todayRoutes, ...intakeRoutes, ...casesRoutes, ...partnersRoutes, ...reportsRoutes, ...adminRoutes, { path: '*', Component: NotFound }],
  },
];
