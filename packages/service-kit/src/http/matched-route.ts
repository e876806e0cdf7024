import type { RequestHandler } from 'express';

/** The full pattern of the route each request matched, for its access log line and its problem's `instance`. */
const matchedRoutes = new WeakMap<object, string>();

/**
 * Express sets `req.route` when a route matches, while `req.baseUrl` is the mount path of the
 * route's router (routers are mounted on fixed paths, never on parameters). The access line is
 * written when the response finishes, by which time an error handled outside the router has reset
 * `baseUrl`: so the pattern is taken as the route is set.
 */
export const rememberMatchedRoute: RequestHandler = (req, _res, next) => {
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set: (value: unknown) => {
      route = value;
      const path = (value as { path?: unknown } | undefined)?.path;
      if (typeof path === 'string') matchedRoutes.set(req, `${req.baseUrl}${path}`);
    },
  });
  next();
};

/** The pattern of the route the request matched (`/v1/people/:id`); undefined before or without a match. */
export function matchedRouteOf(req: object): string | undefined {
  return matchedRoutes.get(req);
}
