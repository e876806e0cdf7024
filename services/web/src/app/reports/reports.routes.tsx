import type { RouteObject } from 'react-router';

export const reportsRoutes: RouteObject[] = [];
