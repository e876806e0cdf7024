import type { Request, RequestHandler, Response } from 'express';
import { providerUnavailable, signedOut } from '../http/web-problems';
import { ProviderUnavailableError } from './oidc-client.port';
import { userFromClaims } from './signed-in-user';
import type { TokenKeeper } from './token-keeper';

export interface SessionGuardDeps {
  keeper: TokenKeeper;
  clock: () => Date;
  /** A session ends this long after sign-in, whatever happens. */
  maxAgeMs: number;
  cookieName: string;
  secure: boolean;
}

/** Ends the session here: its record, its tokens, and the browser's cookie. */
export async function endSession(req: Request, res: Response, deps: Pick<SessionGuardDeps, 'cookieName' | 'secure'>): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.destroy((error: unknown) => (error ? reject(error instanceof Error ? error : new Error('session store failed')) : resolve())));
  res.clearCookie(deps.cookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.secure });
}

export function sessionGuard(deps: SessionGuardDeps) {
  const alive = (req: Request) => {
    const { user, signedInAt } = req.session;
    return user !== undefined && signedInAt !== undefined && deps.clock().getTime() - signedInAt < deps.maxAgeMs;
  };

  /** A signed-in session, not past its maximum age; otherwise 401 WEB.SIGNED_OUT (and an expired one is ended). */
  const requireSession: RequestHandler = (req, res, next) => {
    if (alive(req)) return next();
    if (!req.session.user) return next(signedOut());
    endSession(req, res, deps).then(() => next(signedOut()), next);
  };

  /**
   * The session's access token, refreshed if it is about to expire, in `res.locals.accessToken`. A
   * refresh the provider refuses (the account was deactivated, the person signed out elsewhere)
   * ends the session: 401 WEB.SIGNED_OUT. A refresh brings the person's current roles.
   */
  const requireTokens: RequestHandler = (req, res, next) => {
    const check = async () => {
      const fresh = await deps.keeper.fresh(req.sessionID);
      if (!fresh) await endSession(req, res, deps);
      return fresh;
    };
    check().then(
      (fresh) => {
        if (!fresh) return next(signedOut());
        const refreshed = fresh.claims ? userFromClaims(fresh.claims, fresh.tokens.accessToken) : null;
        if (refreshed && refreshed.id === req.session.user?.id) req.session.user = refreshed;
        res.locals['accessToken'] = fresh.tokens.accessToken;
        next();
      },
      (error: unknown) => next(error instanceof ProviderUnavailableError ? providerUnavailable() : error),
    );
  };

  return { requireSession, requireTokens };
}

/** The access token `requireTokens` put there. */
export function accessTokenOf(res: Response): string {
  const token = res.locals['accessToken'];
  if (typeof token !== 'string') throw signedOut();
  return token;
}
