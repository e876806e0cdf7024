import type { RouteObject } from 'react-router';

export const casesRoutes: RouteObject[] = [];
