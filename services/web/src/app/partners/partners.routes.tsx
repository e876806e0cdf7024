import type { RouteObject } from 'react-router';

export const partnersRoutes: RouteObject[] = [];
