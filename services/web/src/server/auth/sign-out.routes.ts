import express, { Router } from 'express';
import type { AuthDeps } from './auth-deps';
import { endSession } from './session-guard';

/**
 * POST /auth/sign-out (a form post with its CSRF token): revokes the refresh token, ends the
 * session here, and sends the browser (303) to the provider's end-session endpoint, so the
 * provider's session ends too and the next sign-in asks for the password again; the provider then
 * brings the person back to the app's start.
 */
export function signOutRoutes(deps: AuthDeps): Router {
  const router = Router();
  router.post('/auth/sign-out', express.urlencoded({ extended: false, limit: '2kb', parameterLimit: 5 }), (req, res, next) => {
    // Nothing to end (a page left open past its session): back to the start, which asks to sign in.
    if (!req.session.user) return res.set('Cache-Control', 'no-store').redirect(303, '/');
    deps.csrf.requireToken(req, res, next);
  }, async (req, res) => {
    const tokens = await deps.keeper.current(req.sessionID);
    if (tokens?.refreshToken) await deps.oidc.revoke(tokens.refreshToken);
    await endSession(req, res, deps.cookie);
    const endAt = await deps.oidc.endSessionUrl({ idTokenHint: tokens?.idToken ?? null, postLogoutRedirectUri: `${deps.publicUrl}/` }).catch((error: unknown) => {
      deps.logger.warn({ errorName: error instanceof Error ? error.name : typeof error }, 'no end-session address: the provider session stays');
      return null;
    });
    res.set('Cache-Control', 'no-store').redirect(303, endAt?.href ?? '/');
  });
  return router;
}
