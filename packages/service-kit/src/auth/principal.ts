import {
  CENTRE_STAFF_ROLES,
  centreIdSchema,
  DomainError,
  NETWORK_ROLES,
  networkIdSchema,
  roleSchema,
  staffIdSchema,
  type CentreId,
  type NetworkId,
  type Role,
} from '@corredor/contracts';
import type { RequestHandler, Response } from 'express';
import { z } from 'zod';

/** A centre's staff member: every read and write is scoped to `centre` (the tenant). */
export interface Principal {
  kind: 'staff';
  userId: string;
  centre: CentreId;
  roles: Role[];
}

/** An operator or a network analyst: bound to a network (a set of centres), never to one centre's people. */
export interface NetworkPrincipal {
  kind: 'network';
  userId: string;
  network: NetworkId;
  roles: Role[];
}

export type AnyPrincipal = Principal | NetworkPrincipal;

/**
 * A user id as tokens carry it (`sub`): it is stored as who did what (`interviewedBy`, `recordedBy`),
 * so it is bounded in length and characters (the identity provider's account ids, `ana@tijuana`).
 */
export const userIdSchema = staffIdSchema;

/**
 * The claims Corredor needs in an access token, whoever issued it: `sub`, `roles`, and exactly one
 * of `centre` (staff roles only) or `network` (operator, network-analyst).
 */
export const tokenClaimsSchema = z.union([
  z.object({
    sub: userIdSchema,
    centre: centreIdSchema,
    network: z.undefined().optional(),
    roles: z.array(roleSchema.refine((role) => (CENTRE_STAFF_ROLES as readonly Role[]).includes(role), 'is not a centre staff role')).min(1),
  }),
  z.object({
    sub: userIdSchema,
    network: networkIdSchema,
    centre: z.undefined().optional(),
    roles: z.array(roleSchema.refine((role) => (NETWORK_ROLES as readonly Role[]).includes(role), 'is not a network role')).min(1),
  }),
]);
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

export function principalFromClaims(claims: TokenClaims): AnyPrincipal {
  return claims.centre !== undefined
    ? { kind: 'staff', userId: claims.sub, centre: claims.centre, roles: claims.roles }
    : { kind: 'network', userId: claims.sub, network: claims.network, roles: claims.roles };
}

export function anyPrincipalOf(res: Response): AnyPrincipal {
  const principal = res.locals['principal'] as AnyPrincipal | undefined;
  if (!principal) throw new DomainError('AUTH.UNAUTHENTICATED', 'unauthenticated', 'A bearer token is required.');
  return principal;
}

/** The caller as a centre's staff member; a network token gets 403, as operators never read people's data. */
export function principalOf(res: Response): Principal {
  const principal = anyPrincipalOf(res);
  if (principal.kind !== 'staff') throw new DomainError('AUTH.CENTRE_STAFF_ONLY', 'forbidden', "This is for a centre's staff.");
  return principal;
}

/** The caller as an operator or network analyst; a centre staff token gets 403. */
export function networkPrincipalOf(res: Response): NetworkPrincipal {
  const principal = anyPrincipalOf(res);
  if (principal.kind !== 'network') throw new DomainError('AUTH.NETWORK_ONLY', 'forbidden', 'This is for network operators.');
  return principal;
}

/** Lets the request through only if the caller has one of these roles. */
export function requireRole(...roles: readonly Role[]): RequestHandler {
  return (_req, res, next) => {
    const principal = anyPrincipalOf(res);
    if (principal.roles.some((role) => roles.includes(role))) return next();
    next(new DomainError('AUTH.FORBIDDEN', 'forbidden', `This needs one of the roles: ${roles.join(', ')}.`));
  };
}
