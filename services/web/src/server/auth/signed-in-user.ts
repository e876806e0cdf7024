import { roleSchema } from '@corredor/contracts';
import { z } from 'zod';
import type { SignedInUser } from '../sessions/web-session';

const text = z.string().trim().min(1).max(320);
const claimsSchema = z.object({
  sub: text,
  name: text.nullish(),
  email: text.nullish(),
  locale: text.nullish(),
  centre: text.nullish(),
  network: text.nullish(),
  roles: z.array(roleSchema).min(1).nullish(),
});

/** The payload of a JWT access token, unchecked (the services check it): where an external provider may put roles. */
function accessTokenClaims(accessToken: string): Record<string, unknown> {
  const payload = accessToken.split('.')[1];
  if (!payload) return {};
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Who signed in: the ID token's claims (checked by openid-client), with roles, centre and network
 * from the access token when the ID token does not carry them (an external provider). Null when the
 * person has no role Corredor knows: they can do nothing here.
 */
export function userFromClaims(idTokenClaims: Record<string, unknown> | null, accessToken: string): SignedInUser | null {
  if (!idTokenClaims) return null;
  const access = accessTokenClaims(accessToken);
  const pick = (name: 'roles' | 'centre' | 'network') => idTokenClaims[name] ?? access[name];
  const parsed = claimsSchema.safeParse({ ...idTokenClaims, roles: pick('roles'), centre: pick('centre'), network: pick('network') });
  if (!parsed.success) return null;
  const { roles, ...claims } = parsed.data;
  if (!roles) return null;
  return {
    id: claims.sub,
    name: claims.name ?? null,
    email: claims.email ?? null,
    roles: [...roles],
    centre: claims.centre ?? null,
    network: claims.centre ? null : (claims.network ?? null),
    locale: claims.locale ?? null,
  };
}
