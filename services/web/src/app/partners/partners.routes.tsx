import type { RouteObject } from 'react-router';
import { loadNamespace } from '../i18n/i18n';

export const partnersRoutes: RouteObject[] = [
  {
    path: 'partners',
    lazy: async () => {
      const [screen] = await Promise.all([import('./partners-screen'), loadNamespace('partners')]);
      return { Component: screen.PartnersScreen };
    },
  },
];
