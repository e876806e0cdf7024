import { timingSafeEqual } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { decodeJwt } from 'jose';
import type { Logger } from '@corredor/service-kit';
import { z } from 'zod';
import { html } from './pages/html';
import { messagePage } from './pages/message.page';
import { tokenPage } from './pages/token.page';
import { pkcePair } from './pkce';
import { frameFor, languageOf, readCookie, sendPage, serializeCookie } from './web';

export const CONSOLE_CLIENT_ID = 'corredor-console';
/** What the console asks for: who you are, your centre and roles, and the API. No refresh token: it only shows an access token. */
const CONSOLE_SCOPE = 'openid profile email corredor api';
const FLOW_COOKIE = 'corredor_signin';

export interface SignInConsoleDeps {
  issuer: string;
  /** Where the console exchanges the code: the provider's own token endpoint. */
  tokenEndpoint: string;
  /** The console's redirect URI: `${publicUrl}/signin/callback`. */
  callbackUrl: string;
  basePath: string;
  formTargets: readonly string[];
  logger: Logger;
}

const flowSchema = z.object({ state: z.string().min(16), verifier: z.string().min(43) });
const tokenResponseSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });
const tokenClaimsSchema = z.object({ centre: z.string(), roles: z.array(z.string()) });

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The sign-in console, for staff who have no web app yet: `GET /signin` signs in through the
 * provider (authorization code with PKCE, as the `corredor-console` public client) and
 * `/signin/callback` shows the access token, its expiry and its claims, ready to paste into a
 * terminal. It is an ordinary OpenID Connect client of this provider and holds nothing: the PKCE
 * verifier and state live ten minutes in an httpOnly cookie scoped to /signin.
 */
export function signInConsoleRoutes(deps: SignInConsoleDeps): Router {
  const router = Router();
  const signinPath = `${deps.basePath}/signin`;
  const clearFlow = (req: Request) => serializeCookie(FLOW_COOKIE, '', { path: signinPath, maxAgeSeconds: 0, secure: req.secure });

  const fail = (req: Request, res: Response, status: number, text: 'console.failed' | 'error.expired' | 'error.generic', code?: string) => {
    const frame = frameFor(languageOf(req), null);
    const again = html`<p><a href="${signinPath}">${frame.t('console.again')}</a></p>`;
    sendPage(res, frame, status, messagePage(frame, { title: frame.t('error.title'), text: frame.t(text), extra: again, ...(code ? { code } : {}) }), deps.formTargets);
  };

  router.get('/signin', (req, res) => {
    const { verifier, challenge, state } = pkcePair();
    const chosen = typeof req.query['lang'] === 'string' ? languageOf(req) : undefined;
    const url = new URL(`${deps.issuer}/auth`);
    url.search = new URLSearchParams({
      client_id: CONSOLE_CLIENT_ID,
      response_type: 'code',
      redirect_uri: deps.callbackUrl,
      scope: CONSOLE_SCOPE,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
      ...(chosen ? { ui_locales: chosen } : {}),
    }).toString();
    const flow = Buffer.from(JSON.stringify({ state, verifier })).toString('base64url');
    res.append('Set-Cookie', serializeCookie(FLOW_COOKIE, flow, { path: signinPath, maxAgeSeconds: 600, secure: req.secure }));
    res.set('Cache-Control', 'no-store').redirect(303, url.toString());
  });

  router.get('/signin/callback', async (req, res) => {
    res.append('Set-Cookie', clearFlow(req));
    const query = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);
    const error = query('error');
    if (error) return fail(req, res, 400, 'error.generic', /^[a-z_]{1,64}$/.test(error) ? error : undefined);
    let flow: z.infer<typeof flowSchema>;
    try {
      flow = flowSchema.parse(JSON.parse(Buffer.from(readCookie(req.headers.cookie, FLOW_COOKIE) ?? '', 'base64url').toString()));
    } catch {
      return fail(req, res, 400, 'error.expired');
    }
    const code = query('code');
    const issuer = query('iss');
    if (!code || !sameText(query('state') ?? '', flow.state) || (issuer !== undefined && issuer !== deps.issuer)) return fail(req, res, 400, 'error.expired');

    const response = await fetch(deps.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: deps.callbackUrl, client_id: CONSOLE_CLIENT_ID, code_verifier: flow.verifier }),
      signal: AbortSignal.timeout(10_000),
    });
    const body: unknown = await response.json().catch(() => null);
    const tokens = tokenResponseSchema.safeParse(body);
    if (!response.ok || !tokens.success) {
      const oauthError = z.object({ error: z.string().regex(/^[a-z_]{1,64}$/) }).safeParse(body);
      deps.logger.warn({ status: response.status, error: oauthError.success ? oauthError.data.error : undefined }, 'sign-in console: code exchange failed');
      return fail(req, res, 502, 'console.failed', oauthError.success ? oauthError.data.error : undefined);
    }
    const claims = tokenClaimsSchema.parse(decodeJwt(tokens.data.access_token));
    const frame = frameFor(languageOf(req), null);
    const expiresAt = new Date(Date.now() + tokens.data.expires_in * 1000);
    const page = tokenPage(frame, { accessToken: tokens.data.access_token, expiresAt, expiresInSeconds: tokens.data.expires_in, centre: claims.centre, roles: claims.roles, againHref: signinPath, signOutHref: `${deps.issuer}/session/end?client_id=${CONSOLE_CLIENT_ID}` });
    sendPage(res, frame, 200, page, deps.formTargets);
  });

  router.use('/signin', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    deps.logger.error({ err: error }, 'sign-in console failed');
    fail(req, res, 500, 'console.failed');
  });
  return router;
}
