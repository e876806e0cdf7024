import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '@corredor/contracts';
import { Router, type Request } from 'express';
import { isLanguage } from '../preferences/preferences-store.port';
import { PENDING_SIGN_IN_MS } from '../sessions/port-session-store';
import type { PendingSignIn } from '../sessions/web-session';
import type { AuthDeps } from './auth-deps';
import { ProviderRefusedError, ProviderUnavailableError, type ProviderTokens } from './oidc-client.port';
import { safeReturnTo } from './return-to';
import { sendSignInFailed } from './sign-in-failed.page';
import { userFromClaims } from './signed-in-user';

/** Sign-ins a browser may have under way at once (tabs); older ones are dropped. */
const MAX_PENDING = 5;

const random = () => randomBytes(32).toString('base64url');

const promised = (work: (done: (error: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) => work((error) => (error ? reject(error instanceof Error ? error : new Error('session store failed')) : resolve())));

/** The sign-ins still under way, newest last, with `state` added. */
function withPending(current: Record<string, PendingSignIn> | undefined, state: string, pending: PendingSignIn, now: number): Record<string, PendingSignIn> {
  const live = Object.entries(current ?? {}).filter(([, entry]) => now - entry.startedAt < PENDING_SIGN_IN_MS);
  return Object.fromEntries([...live.slice(-(MAX_PENDING - 1)), [state, pending]]);
}

const text = (req: Request, name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);

/**
 * GET /auth/sign-in sends the browser to the provider (authorization code with PKCE S256, state and
 * nonce, all kept in the session); GET /auth/callback redeems the code, keeps the tokens on the
 * server, gives the person a new session id (no fixation) and sends them where they were going.
 */
export function signInRoutes(deps: AuthDeps): Router {
  const router = Router();
  const callbackUrl = `${deps.publicUrl}/auth/callback`;

  router.get('/auth/sign-in', async (req, res) => {
    const returnTo = safeReturnTo(req.query['returnTo'], deps.publicUrl);
    if (returnTo === null) throw new DomainError('WEB.RETURN_TO_INVALID', 'validation', 'returnTo must be a path of this app, such as /cases.');
    const codeVerifier = random();
    const state = random();
    const nonce = random();
    const now = deps.clock().getTime();
    let url: URL;
    try {
      url = await deps.oidc.authorizationUrl({
        redirectUri: callbackUrl,
        state,
        nonce,
        codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url'),
        ...(req.session.language ? { uiLocales: req.session.language } : {}),
      });
    } catch (error) {
      if (error instanceof ProviderUnavailableError) return sendSignInFailed(req, res, 503);
      throw error;
    }
    req.session.signIns = withPending(req.session.signIns, state, { codeVerifier, nonce, returnTo, startedAt: now }, now);
    res.set('Cache-Control', 'no-store').redirect(303, url.href);
  });

  router.get('/auth/callback', async (req, res) => {
    const state = text(req, 'state') ?? '';
    const pending = req.session.signIns?.[state];
    if (!pending || deps.clock().getTime() - pending.startedAt >= PENDING_SIGN_IN_MS) return sendSignInFailed(req, res, 400);
    const { [state]: _done, ...others } = req.session.signIns ?? {};
    req.session.signIns = others;
    let answer: ProviderTokens;
    try {
      answer = await deps.oidc.exchangeCode(new URL(req.originalUrl, deps.publicUrl), { codeVerifier: pending.codeVerifier, state, nonce: pending.nonce });
    } catch (error) {
      if (error instanceof ProviderRefusedError) {
        deps.logger.info({ error: error.error }, 'sign-in refused');
        return sendSignInFailed(req, res, 400);
      }
      if (error instanceof ProviderUnavailableError) return sendSignInFailed(req, res, 503);
      throw error;
    }
    const user = userFromClaims(answer.claims, answer.accessToken);
    if (!user) {
      deps.logger.warn({}, 'sign-in without a Corredor role refused');
      return sendSignInFailed(req, res, 403);
    }
    const chosen = await deps.preferences.find(user.id);
    // A new session id for the signed-in person: an id planted before sign-in is worth nothing after it.
    await promised((done) => req.session.regenerate(done));
    req.session.user = user;
    req.session.signedInAt = deps.clock().getTime();
    // The language the person chose here before, else the provider's account language, else Spanish.
    const accountLanguage = user.locale?.split('-')[0]?.toLowerCase();
    req.session.language = chosen?.language ?? (isLanguage(accountLanguage) ? accountLanguage : 'es');
    await promised((done) => req.session.save(done));
    if (!(await deps.keeper.keep(req.sessionID, answer))) return sendSignInFailed(req, res, 503);
    res.set('Cache-Control', 'no-store').redirect(303, pending.returnTo);
  });

  return router;
}
