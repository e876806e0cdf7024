import { validate, valid } from '@corredor/service-kit';
import express, { Router } from 'express';
import { z } from 'zod';
import { signedOut } from '../http/web-problems';
import { LANGUAGES } from '../preferences/preferences-store.port';
import type { AuthDeps } from './auth-deps';
import { allowedRoutes } from './allowed-routes';
import { centreProfileOf } from './centre-profile';
import { accessTokenOf } from './session-guard';

const preferencesBody = z.strictObject({ language: z.enum(LANGUAGES) });

/**
 * GET /auth/session: who is signed in, their centre, language, the CSRF token and what their roles
 * allow (SessionInfo of the app); 401 WEB.SIGNED_OUT otherwise. PUT /auth/preferences: the
 * person's language, kept for their next sign-ins on any device.
 */
export function sessionRoutes(deps: AuthDeps): Router {
  const router = Router();
  const { requireSession, requireTokens } = deps.guard;

  router.get('/auth/session', requireSession, requireTokens, async (req, res) => {
    const { user, language } = req.session;
    if (!user) throw signedOut();
    const centre = await centreProfileOf(req, accessTokenOf(res), req.ip ?? '', deps.centreProfile);
    res.set('Cache-Control', 'no-store').json({
      user: { id: user.id, name: user.name, email: user.email, roles: user.roles, centre: user.centre, network: user.network },
      centre,
      language: language ?? 'es',
      csrfToken: deps.csrf.tokenFor(req, res),
      allowed: allowedRoutes(user.roles),
    });
  });

  router.put(
    '/auth/preferences',
    requireSession,
    deps.csrf.requireToken,
    express.json({ limit: '1kb' }),
    validate({ body: preferencesBody }),
    async (req, res) => {
      const { user } = req.session;
      if (!user) throw signedOut();
      const { language } = valid(res, 'body', preferencesBody);
      await deps.preferences.save(user.id, { language });
      req.session.language = language;
      res.status(204).end();
    },
  );

  return router;
}
