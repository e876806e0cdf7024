import type { RouteObject } from 'react-router';
import { loadNamespace } from '../i18n/i18n';

/**
 * The centre's report and the network view: their code and strings load together when either is
 * first visited; Observable Plot later still, with the first chart.
 */
export const reportsRoutes: RouteObject[] = [
  {
    path: 'reports',
    lazy: async () => {
      const [screen] = await Promise.all([import('./reports-screen'), loadNamespace('reports')]);
      return { Component: screen.ReportsScreen };
    },
  },
  {
    path: 'network',
    lazy: async () => {
      const [screen] = await Promise.all([import('./network-screen'), loadNamespace('reports')]);
      return { Component: screen.NetworkScreen };
    },
  },
];
