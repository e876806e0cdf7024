import { centreIdSchema, DomainError, roleSchema, type CentreId, type Role } from '@corredor/contracts';
import type { RequestHandler, Response } from 'express';
import { z } from 'zod';

/** Who is calling: from the verified token only, never from a body or a query string. */
export interface Principal {
  userId: string;
  /** The centre (tenant); scopes every read and write. */
  centre: CentreId;
  roles: Role[];
}

export const tokenClaimsSchema = z.object({
  sub: z.string().min(1),
  centre: centreIdSchema,
  roles: z.array(roleSchema).min(1),
});

export function principalOf(res: Response): Principal {
  const principal = res.locals['principal'] as Principal | undefined;
  if (!principal) throw new DomainError('AUTH.UNAUTHENTICATED', 'unauthenticated', 'A bearer token is required.');
  return principal;
}

/** Lets the request through only if the caller has one of these roles. */
export function requireRole(...roles: readonly Role[]): RequestHandler {
  return (_req, res, next) => {
    const principal = principalOf(res);
    if (principal.roles.some((role) => roles.includes(role))) return next();
    next(new DomainError('AUTH.FORBIDDEN', 'forbidden', `This needs one of the roles: ${roles.join(', ')}.`));
  };
}
