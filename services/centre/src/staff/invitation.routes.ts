import { RequestValidationError, toProblem } from '@corredor/service-kit';
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { acceptInvitationUseCase, usableInvitation } from './accept-invitation.use-case';
import { INVITATION_LANGUAGES, invitationDone, invitationFailed, invitationForm, type InvitationLanguage } from './invitation-page';
import type { StaffDeps } from './staff-deps';

const acceptBody = z.object({ password: z.string() });

function languageOf(req: Request, fallback: string): InvitationLanguage {
  const asked = req.acceptsLanguages([...INVITATION_LANGUAGES]);
  if (typeof asked === 'string' && req.headers['accept-language']) return asked as InvitationLanguage;
  return (INVITATION_LANGUAGES as readonly string[]).includes(fallback) ? (fallback as InvitationLanguage) : 'es';
}

const wantsHtml = (req: Request) => !req.is('application/json');

/**
 * The one-time link an invitee opens (no bearer token: the link is the credential). The page posts
 * a form; scripts and tests post JSON `{ "password": ... }` and get JSON back.
 */
export function invitationRouter(deps: StaffDeps & { signInUrl: string }): Router {
  const router = Router();
  router.use('/invitations', express.urlencoded({ extended: false, limit: '4kb' }), express.json({ limit: '4kb' }));

  const fail = (req: Request, res: Response, error: unknown, lang: InvitationLanguage) => {
    const problem = toProblem(error, 'STAFF');
    if (problem.status >= 500) throw error;
    if (wantsHtml(req)) return void res.status(problem.status).type('html').send(invitationFailed(lang, problem.detail ?? problem.code));
    res.status(problem.status).type('application/problem+json').json(problem);
  };

  router.get('/invitations/:token', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const lang = languageOf(req, 'es');
    try {
      const { account } = await usableInvitation(deps, String(req.params.token));
      const accountLang = languageOf(req, account.preferredLanguage);
      res.type('html').send(invitationForm(accountLang, { name: account.name, action: req.originalUrl.split('?')[0] ?? '' }));
    } catch (error) {
      fail(req, res, error, lang);
    }
  });

  router.post('/invitations/:token', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const lang = languageOf(req, 'es');
    try {
      const body = acceptBody.safeParse(req.body);
      if (!body.success) throw new RequestValidationError([{ field: 'body.password', message: 'is required' }]);
      const account = await acceptInvitationUseCase(deps, { token: String(req.params.token), password: body.data.password });
      if (wantsHtml(req)) return void res.type('html').send(invitationDone(languageOf(req, account.preferredLanguage), deps.signInUrl));
      res.json({ status: 'active', accountId: account.id, centre: account.tenant, email: account.email, signInUrl: deps.signInUrl });
    } catch (error) {
      if (error instanceof RequestValidationError && wantsHtml(req)) {
        // Show the form again with the rule, rather than a dead end.
        try {
          const { account } = await usableInvitation(deps, String(req.params.token));
          return void res.status(422).type('html').send(invitationForm(languageOf(req, account.preferredLanguage), {
            name: account.name,
            action: req.originalUrl,
            error: error.errors.map((e) => e.message).join('; '),
          }));
        } catch (inner) {
          return fail(req, res, inner, lang);
        }
      }
      fail(req, res, error, lang);
    }
  });

  return router;
}
