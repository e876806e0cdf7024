import { DomainError } from '@corredor/contracts';
import type { RequestHandler } from 'express';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { tokenClaimsSchema, type Principal } from './principal';

export interface AuthSettings {
  issuer: string;
  audience: string;
  /** HS256 shared secret (development, single-node) ... */
  secret?: string;
  /** ... or the identity provider's JWKS (RS256/ES256). */
  jwksUrl?: string;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (settings.jwksUrl) {
    key = createRemoteJWKSet(new URL(settings.jwksUrl));
    algorithms = ['RS256', 'ES256', 'PS256', 'EdDSA'];
  } else if (settings.secret) {
    key = new TextEncoder().encode(settings.secret);
    algorithms = ['HS256'];
  } else {
    throw new Error('auth needs a secret or a JWKS URL');
  }
  return async (token) => {
    const { payload } =
      key instanceof Uint8Array
        ? await jwtVerify(token, key, { issuer: settings.issuer, audience: settings.audience, algorithms, requiredClaims: ['exp'] })
        : await jwtVerify(token, key, { issuer: settings.issuer, audience: settings.audience, algorithms, requiredClaims: ['exp'] });
    const claims = tokenClaimsSchema.parse(payload);
    return { userId: claims.sub, centre: claims.centre, roles: claims.roles };
  };
}

/** Verifies the bearer token and puts the principal in `res.locals.principal`. */
export function authenticate(verify: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      return next(new DomainError('AUTH.UNAUTHENTICATED', 'unauthenticated', 'A bearer token is required.'));
    }
    verify(match[1]).then(
      (principal) => {
        res.locals['principal'] = principal;
        next();
      },
      () => next(new DomainError('AUTH.INVALID_TOKEN', 'unauthenticated', 'The token is invalid or has expired.')),
    );
  };
}

export interface DevTokenRequest {
  secret: string;
  issuer: string;
  audience: string;
  centre: string;
  roles: string[];
  userId?: string;
  expiresIn?: string;
}

/** Signs an HS256 token for development and tests (`npm run token`). */
export async function signDevToken(request: DevTokenRequest): Promise<string> {
  const claims = tokenClaimsSchema.parse({
    sub: request.userId ?? `dev-${request.roles[0] ?? 'user'}@${request.centre}`,
    centre: request.centre,
    roles: request.roles,
  });
  return new SignJWT({ centre: claims.centre, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(request.secret));
}
