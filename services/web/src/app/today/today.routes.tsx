import { redirect, type RouteObject } from 'react-router';
import { loadNamespace } from '../i18n/i18n';
import { currentSession, homePath } from '../session/session-state';

export const todayRoutes: RouteObject[] = [
  {
    index: true,
    // Operators and network analysts have no Today (no centre, no cases): their day starts in their area.
    loader: () => {
      const home = homePath(currentSession());
      return home === '/' ? null : redirect(home);
    },
    lazy: async () => {
      const [screen] = await Promise.all([import('./today-screen'), loadNamespace('today')]);
      return { Component: screen.TodayScreen };
    },
  },
];
