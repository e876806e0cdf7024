import { RequestValidationError, toProblem } from '@corredor/service-kit';
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Language } from '../identity/i18n';
import { frameFor, languageOf, rememberLanguageChoice, sendPage } from '../identity/web';
import { acceptInvitationUseCase, usableInvitation } from './accept-invitation.use-case';
import { invitationDone, invitationFailed, invitationForm } from './invitation-page';
import type { StaffDeps } from './staff-deps';

const acceptBody = z.object({ password: z.string() });

const wantsHtml = (req: Request) => !req.is('application/json');
const pathOf = (req: Request) => req.originalUrl.split('?')[0] ?? '';

/**
 * The one-time link an invitee opens (no bearer token: the link is the credential). The page posts
 * a form; scripts and tests post JSON `{ "password": ... }` and get JSON back. Pages follow the
 * sign-in pages: their language (the switch, the browser's, then the invitee's own), look and CSP.
 */
export function invitationRouter(deps: StaffDeps & { signInUrl: string }): Router {
  const router = Router();
  router.use('/invitations', express.urlencoded({ extended: false, limit: '4kb' }), express.json({ limit: '4kb' }));

  const fail = (req: Request, res: Response, error: unknown, language: Language) => {
    const problem = toProblem(error, 'STAFF');
    if (problem.status >= 500) throw error;
    if (wantsHtml(req)) {
      const frame = frameFor(language, null);
      return sendPage(res, frame, problem.status, invitationFailed(frame, problem.detail ?? problem.code, problem.code), []);
    }
    res.status(problem.status).type('application/problem+json').json(problem);
  };

  router.get('/invitations/:token', rememberLanguageChoice, async (req, res) => {
    res.setHeader('Referrer-Policy', 'no-referrer');
    try {
      const { account } = await usableInvitation(deps, String(req.params.token));
      const frame = frameFor(languageOf(req, { preferred: account.preferredLanguage }), pathOf(req));
      sendPage(res, frame, 200, invitationForm(frame, { name: account.name, action: pathOf(req) }), []);
    } catch (error) {
      fail(req, res, error, languageOf(req));
    }
  });

  router.post('/invitations/:token', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const body = acceptBody.safeParse(req.body);
      if (!body.success) throw new RequestValidationError([{ field: 'body.password', message: 'is required' }]);
      const account = await acceptInvitationUseCase(deps, { token: String(req.params.token), password: body.data.password });
      if (wantsHtml(req)) {
        const frame = frameFor(languageOf(req, { preferred: account.preferredLanguage }), null);
        return sendPage(res, frame, 200, invitationDone(frame, deps.signInUrl), []);
      }
      res.json({ status: 'active', accountId: account.id, centre: account.tenant, email: account.email, signInUrl: deps.signInUrl });
    } catch (error) {
      if (error instanceof RequestValidationError && wantsHtml(req)) {
        // Show the form again with the rule, rather than a dead end.
        try {
          const { account } = await usableInvitation(deps, String(req.params.token));
          const frame = frameFor(languageOf(req, { preferred: account.preferredLanguage }), null);
          const form = invitationForm(frame, { name: account.name, action: pathOf(req), error: error.errors.map((e) => e.message).join('; ') });
          return sendPage(res, frame, 422, form, []);
        } catch (inner) {
          return fail(req, res, inner, languageOf(req));
        }
      }
      fail(req, res, error, languageOf(req));
    }
  });

  return router;
}
