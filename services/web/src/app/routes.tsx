import type { RouteObject } from 'react-router';
import { adminRoutes } from './admin/admin.routes';
import { casesRoutes } from './cases/cases.routes';
import { intakeRoutes } from './intake/intake.routes';
import { partnersRoutes } from './partners/partners.routes';
import { reportsRoutes } from './reports/reports.routes';
import { Layout } from './shell/layout';
import { NotFound } from './shell/not-found';
import { RouteError } from './shell/route-error';
import { Starting } from './shell/starting';
import { todayRoutes } from './today/today.routes';

/**
 * Every screen, each area's code loaded when first visited (code split per area). A screen that
 * throws shows RouteError inside the layout (the pathless route's errorElement); only a failing
 * layout falls back to the outer one.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    errorElement: <RouteError />,
    HydrateFallback: Starting,
    children: [
      {
        errorElement: <RouteError />,
        children: [...todayRoutes, ...intakeRoutes, ...casesRoutes, ...partnersRoutes, ...reportsRoutes, ...adminRoutes, { path: '*', Component: NotFound }],
      },
    ],
  },
];
