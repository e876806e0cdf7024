import type { RouteObject } from 'react-router';
import { loadNamespace } from '../i18n/i18n';

/** The intake interview: its own chunk, its strings downloaded beside it. */
export const intakeRoutes: RouteObject[] = [
  {
    path: 'intake',
    lazy: async () => {
      const [screen] = await Promise.all([import('./intake-screen'), loadNamespace('intake')]);
      return { Component: screen.IntakeScreen };
    },
  },
];
