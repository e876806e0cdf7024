import { ACCESS_MATRIX, API_SERVICES, type Role } from '@corredor/contracts';

/**
 * Every route the person's roles may call, `<service> <METHOD> /<path>`, from the access matrix
 * the services enforce: the app shows what these allow and nothing more.
 */
export function allowedRoutes(roles: readonly string[]): string[] {
  const held = new Set(roles);
  return API_SERVICES.flatMap((service) =>
    Object.entries(ACCESS_MATRIX[service] as Readonly<Record<string, readonly Role[]>>)
      .filter(([, allowed]) => allowed.some((role) => held.has(role)))
      .map(([route]) => `${service} ${route}`),
  );
}
