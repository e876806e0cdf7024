import type { RouteObject } from 'react-router';
import { loadNamespace } from '../i18n/i18n';

/**
 * The three screens come from one module, so the cases area is one chunk; its strings download
 * beside it, not after it.
 */
const screens = async () => (await Promise.all([import('./cases-screens'), loadNamespace('cases')]))[0];

export const casesRoutes: RouteObject[] = [
  { path: 'cases', lazy: async () => ({ Component: (await screens()).CaseListScreen }) },
  { path: 'cases/transfers', lazy: async () => ({ Component: (await screens()).TransfersScreen }) },
  { path: 'cases/:caseId', lazy: async () => ({ Component: (await screens()).CaseScreen }) },
];
