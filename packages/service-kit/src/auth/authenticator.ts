import { createSecretKey } from 'node:crypto';
import { DomainError, type Role } from '@corredor/contracts';
import type { RequestHandler } from 'express';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import { principalFromClaims, tokenClaimsSchema, type AnyPrincipal } from './principal';

export interface AuthSettings {
  /** The `aud` every access token must carry. */
  audience: string;
  /** Issuer of HS256 tokens (development and scripts: `npm run token`). */
  issuer: string;
  /** HS256 shared secret; without it HS256 tokens are refused. */
  secret?: string;
  /** The identity provider's JWKS (ES256, EdDSA, RS256, PS256)... */
  jwksUrl?: string;
  /** ...or its keys, for tests. */
  jwks?: JWTVerifyGetKey;
  /** Issuer of the tokens signed with those keys (the provider's `issuer`); defaults to `issuer`. */
  jwksIssuer?: string;
  /** The longest any token is accepted after it was issued (its `iat`), whatever its `exp`; seconds, default 12 hours. */
  maxTokenAgeSeconds?: number;
}

export type TokenVerifier = (token: string) => Promise<AnyPrincipal>;

const ASYMMETRIC = ['ES256', 'EdDSA', 'RS256', 'PS256'];
/** The longest a token is accepted after it was issued, unless the settings say otherwise. */
export const DEFAULT_TOKEN_MAX_AGE_SECONDS = 12 * 3600;
/** How far clocks may disagree: a token issued further in the future than this is refused. */
export const TOKEN_CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies access tokens from the identity provider (asymmetric, against its JWKS) and, when a
 * secret is configured, development tokens (HS256). The token's own header picks the path, and
 * each path accepts only its own algorithms, so an HS256 token can never pass as the provider's.
 */
export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  // Imported once as a key: given the secret's bytes, jose would import them again at every verification.
  const secret = settings.secret ? createSecretKey(new TextEncoder().encode(settings.secret)) : null;
  const jwks = settings.jwks ?? (settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : null);
  if (!secret && !jwks) throw new Error('auth needs a secret or a JWKS URL');
  // Every token must say when it was issued: not in the future, and not longer ago than the maximum age, however far its exp.
  const bounds = {
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: settings.maxTokenAgeSeconds ?? DEFAULT_TOKEN_MAX_AGE_SECONDS,
    clockTolerance: TOKEN_CLOCK_TOLERANCE_SECONDS,
  };
  const hs256: JWTVerifyOptions = { issuer: settings.issuer, audience: settings.audience, algorithms: ['HS256'], ...bounds };
  const asymmetric: JWTVerifyOptions = { issuer: settings.jwksIssuer ?? settings.issuer, audience: settings.audience, algorithms: ASYMMETRIC, ...bounds };
  return async (token) => {
    const { alg } = decodeProtectedHeader(token);
    let payload: unknown;
    if (alg === 'HS256' && secret) {
      ({ payload } = await jwtVerify(token, secret, hs256));
    } else if (alg !== undefined && ASYMMETRIC.includes(alg) && jwks) {
      ({ payload } = await jwtVerify(token, jwks, asymmetric));
    } else {
      throw new Error('unsupported token algorithm');
    }
    return principalFromClaims(tokenClaimsSchema.parse(payload));
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
  /** A staff token for this centre... */
  centre?: string;
  /** ...or an operator's (network analyst's) token for this network. */
  network?: string;
  roles: Role[];
  userId?: string;
  expiresIn?: string;
}

/** Signs an HS256 token for development, scripts and tests (`npm run token`). */
export async function signDevToken(request: DevTokenRequest): Promise<string> {
  const scope = request.centre ?? request.network ?? 'nowhere';
  const claims = tokenClaimsSchema.parse({
    sub: request.userId ?? `dev-${request.roles[0] ?? 'user'}@${scope}`,
    roles: request.roles,
    ...(request.centre === undefined ? {} : { centre: request.centre }),
    ...(request.network === undefined ? {} : { network: request.network }),
  });
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(request.secret));
}
