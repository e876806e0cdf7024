import type { Express } from 'express';

/** The full pattern of the route each request matched, for its access log line and its problem's `instance`. */
const matchedRoutes = new WeakMap<object, string>();
/** The route express set on each request, read back through `req.route`. */
const routes = new WeakMap<object, unknown>();

/**
 * Express sets `req.route` when a route matches, while `req.baseUrl` is the mount path of the
 * route's router (routers are mounted on fixed paths, never on parameters). The access line is
 * written when the response finishes, by which time an error handled outside the router has reset
 * `baseUrl`: so the pattern is taken as the route is set, by an accessor defined once on the app's
 * request prototype (express gives every request that prototype). Defined on each request, it gave
 * every request object a shape of its own, which slowed each later access to it. Routes of another
 * express app mounted inside this one are not remembered (its requests take its own prototype):
 * they are logged as a route that matched nothing is.
 */
export function rememberMatchedRoutes(app: Express): void {
  Object.defineProperty(app.request, 'route', {
    configurable: true,
    enumerable: true,
    get(this: { baseUrl: string }) {
      return routes.get(this);
    },
    set(this: { baseUrl: string }, value: unknown) {
      routes.set(this, value);
      const path = (value as { path?: unknown } | undefined)?.path;
      if (typeof path === 'string') matchedRoutes.set(this, `${this.baseUrl}${path}`);
    },
  });
}

/** The pattern of the route the request matched (`/v1/people/:id`); undefined before or without a match. */
export function matchedRouteOf(req: object): string | undefined {
  return matchedRoutes.get(req);
}
