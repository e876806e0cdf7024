import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type Provider from 'oidc-provider';
import { errors, type InteractionResults } from 'oidc-provider';
import type { Logger } from '@corredor/service-kit';
import type { Language } from './i18n';
import type { IdentityAccounts, SignInAccount } from './identity-accounts.port';
import { consentPage } from './pages/consent.page';
import { messagePage } from './pages/message.page';
import { enrolmentPage, secondFactorPage } from './pages/second-factor.page';
import { signInPage } from './pages/sign-in.page';
import type { SignInSteps } from './sign-in-steps';
import type { SignInThrottle } from './sign-in-throttle';
import { frameFor, languageOf, sendPage } from './web';

export interface InteractionRoutesDeps {
  provider: () => Promise<Provider>;
  accounts: IdentityAccounts;
  steps: SignInSteps;
  throttle: SignInThrottle;
  /** The public URL's path ('' at the root): links and forms start with it. */
  basePath: string;
  /** Where forms may lead (our origin, the clients' redirect origins): the pages' form-action. */
  formTargets: readonly string[];
  logger: Logger;
}

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

interface Current {
  provider: Provider;
  interaction: Interaction;
  uid: string;
  clientName: string;
  uiLocales: string | undefined;
}

const form = express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 10 });

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

class InteractionExpired extends Error {}

/**
 * The sign-in pages oidc-provider sends people to: password, second factor (or its enrolment),
 * consent. Failed passwords and codes are throttled per account and per address; an unknown
 * email and a wrong password get the same answer.
 */
export function interactionRoutes(deps: InteractionRoutesDeps): Router {
  const { accounts, steps, throttle, basePath, formTargets } = deps;
  const router = Router();
  const pagePath = (uid: string) => `${basePath}/interaction/${uid}`;

  async function current(req: Request, res: Response): Promise<Current> {
    const provider = await deps.provider();
    const interaction = await provider.interactionDetails(req, res);
    const uid = text(req.params['uid']);
    // The cookie names the interaction this browser started; a URL for another one is stale.
    if (interaction.uid !== uid) throw new InteractionExpired();
    const clientId = text(interaction.params['client_id']);
    const client = await provider.Client.find(clientId);
    const uiLocales = text(interaction.params['ui_locales']) || undefined;
    return { provider, interaction, uid, clientName: client?.clientName ?? clientId, uiLocales };
  }

  const page = (req: Request, res: Response, at: Current, status: number, language: Language, render: (frame: ReturnType<typeof frameFor>) => string) => {
    // After a POST the page cannot be reloaded in another language, but the GET page of the step can.
    const frame = frameFor(language, pagePath(at.uid));
    sendPage(res, frame, status, render(frame), formTargets);
  };

  const finish = async (req: Request, res: Response, at: Current, result: InteractionResults, merge: boolean) => {
    await at.provider.interactionFinished(req, res, result, { mergeWithLastSubmission: merge });
  };

  const showSignIn = (req: Request, res: Response, at: Current, status: number, view: { email?: string; failed?: boolean } = {}) =>
    page(req, res, at, status, languageOf(req, { uiLocales: at.uiLocales }), (frame) =>
      signInPage(frame, { action: `${pagePath(at.uid)}/login`, clientName: at.clientName, ...view }),
    );

  const showThrottled = (req: Request, res: Response, at: Current, seconds: number, account?: SignInAccount) => {
    // The same headers as the API's 429s (see @corredor/service-kit's rate limits).
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil(seconds))));
    res.setHeader('RateLimit', `"failed-sign-in";r=0;t=${Math.max(1, Math.ceil(seconds))}`);
    return page(req, res, at, 429, languageOf(req, { uiLocales: at.uiLocales, preferred: account?.preferredLanguage }), (frame) =>
      messagePage(frame, {
        title: frame.t('throttled.title'),
        text: frame.t('throttled.body', { minutes: Math.max(1, Math.ceil(seconds / 60)) }),
        code: 'SIGNIN.TOO_MANY_ATTEMPTS',
      }),
    );
  };

  /** The account whose second step is pending in this interaction, if it may still sign in. */
  async function pendingStep(at: Current) {
    const step = await steps.find(at.uid);
    if (!step) return null;
    const account = await accounts.findActive(step.accountId);
    if (!account) {
      await steps.clear(at.uid);
      return null;
    }
    return { step, account };
  }

  async function signedIn(req: Request, res: Response, at: Current, account: SignInAccount, amr: string[]) {
    await throttle.recordSuccess(account.email);
    await steps.clear(at.uid);
    // A session cookie (not a persistent one): centres share computers.
    await finish(req, res, at, { login: { accountId: account.id, amr, remember: false } }, false);
  }

  const secondsLeft = (at: Current) => at.interaction.exp - Math.floor(Date.now() / 1000);

  router.get('/interaction/:uid', async (req, res) => {
    const at = await current(req, res);
    const { prompt } = at.interaction;
    if (prompt.name === 'login') {
      const pending = await pendingStep(at);
      if (!pending) return showSignIn(req, res, at, 200);
      const language = languageOf(req, { uiLocales: at.uiLocales, preferred: pending.account.preferredLanguage });
      const { step } = pending;
      return step.stage === 'second-factor'
        ? page(req, res, at, 200, language, (frame) => secondFactorPage(frame, { action: `${pagePath(at.uid)}/second-factor` }))
        : page(req, res, at, 200, language, (frame) => enrolmentPage(frame, { action: `${pagePath(at.uid)}/enrolment`, secret: step.secret, otpauthUri: step.otpauthUri }));
    }
    if (prompt.name === 'consent') {
      const accountId = at.interaction.session?.accountId;
      const account = accountId ? await accounts.findActive(accountId) : null;
      const resourceScopes = Object.values((prompt.details['missingResourceScopes'] ?? {}) as Record<string, unknown>).flatMap(strings);
      const scopes = [...new Set([...strings(prompt.details['missingOIDCScope']), ...resourceScopes])];
      const language = languageOf(req, { uiLocales: at.uiLocales, preferred: account?.preferredLanguage });
      return page(req, res, at, 200, language, (frame) =>
        consentPage(frame, { allowAction: `${pagePath(at.uid)}/consent`, denyAction: `${pagePath(at.uid)}/deny`, clientName: at.clientName, accountName: account?.name ?? null, scopes }),
      );
    }
    throw new InteractionExpired();
  });

  router.post('/interaction/:uid/login', form, async (req, res) => {
    const at = await current(req, res);
    if (at.interaction.prompt.name !== 'login') throw new InteractionExpired();
    const email = text(req.body?.email).trim();
    const password = text(req.body?.password);
    const keys = { email, address: req.ip ?? '' };
    const wait = await throttle.reserve(keys);
    if (wait !== null) return showThrottled(req, res, at, wait);
    const account = email && password ? await accounts.verifyPassword(email, password) : null;
    if (!account) {
      await throttle.recordFailure(keys);
      return showSignIn(req, res, at, 401, { email, failed: true });
    }
    await throttle.release(keys);
    if (account.secondFactor.enrolled) {
      await steps.save(at.uid, { stage: 'second-factor', accountId: account.id }, secondsLeft(at));
      return res.redirect(303, pagePath(at.uid));
    }
    if (account.secondFactor.required) {
      const { secret, otpauthUri } = await accounts.beginSecondFactorEnrolment(account.id);
      await steps.save(at.uid, { stage: 'enrolment', accountId: account.id, secret, otpauthUri }, secondsLeft(at));
      return res.redirect(303, pagePath(at.uid));
    }
    await signedIn(req, res, at, account, ['pwd']);
  });

  const checkCode = (stage: 'second-factor' | 'enrolment') => async (req: Request, res: Response) => {
    const at = await current(req, res);
    const pending = at.interaction.prompt.name === 'login' ? await pendingStep(at) : null;
    if (!pending || pending.step.stage !== stage) return res.redirect(303, pagePath(at.uid));
    const { step, account } = pending;
    const keys = { email: account.email, address: req.ip ?? '' };
    const wait = await throttle.reserve(keys);
    if (wait !== null) return showThrottled(req, res, at, wait, account);
    const code = text(req.body?.code).replace(/\s/g, '');
    const valid =
      /^[0-9]{6,8}$/.test(code) &&
      (step.stage === 'enrolment' ? await accounts.confirmSecondFactorEnrolment(account.id, step.secret, code) : await accounts.verifySecondFactor(account.id, code));
    if (valid) {
      await throttle.release(keys);
      return signedIn(req, res, at, account, ['pwd', 'otp']);
    }
    await throttle.recordFailure(keys);
    const language = languageOf(req, { uiLocales: at.uiLocales, preferred: account.preferredLanguage });
    return step.stage === 'enrolment'
      ? page(req, res, at, 401, language, (frame) => enrolmentPage(frame, { action: `${pagePath(at.uid)}/enrolment`, secret: step.secret, otpauthUri: step.otpauthUri, failed: true }))
      : page(req, res, at, 401, language, (frame) => secondFactorPage(frame, { action: `${pagePath(at.uid)}/second-factor`, failed: true }));
  };
  router.post('/interaction/:uid/second-factor', form, checkCode('second-factor'));
  router.post('/interaction/:uid/enrolment', form, checkCode('enrolment'));

  router.post('/interaction/:uid/consent', form, async (req, res) => {
    const at = await current(req, res);
    const { prompt, params, session } = at.interaction;
    if (prompt.name !== 'consent' || !session?.accountId) throw new InteractionExpired();
    const existing = at.interaction.grantId;
    const grant = (existing ? await at.provider.Grant.find(existing) : undefined) ?? new at.provider.Grant({ accountId: session.accountId, clientId: text(params['client_id']) });
    const missingScopes = strings(prompt.details['missingOIDCScope']);
    if (missingScopes.length > 0) grant.addOIDCScope(missingScopes.join(' '));
    const missingClaims = strings(prompt.details['missingOIDCClaims']);
    if (missingClaims.length > 0) grant.addOIDCClaims(missingClaims);
    for (const [indicator, scopes] of Object.entries((prompt.details['missingResourceScopes'] ?? {}) as Record<string, unknown>)) {
      grant.addResourceScope(indicator, strings(scopes).join(' '));
    }
    const grantId = await grant.save();
    await finish(req, res, at, { consent: existing ? {} : { grantId } }, true);
  });

  router.post('/interaction/:uid/deny', form, async (req, res) => {
    const at = await current(req, res);
    await finish(req, res, at, { error: 'access_denied', error_description: 'the person denied access' }, false);
  });

  router.use('/interaction', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const expired = error instanceof InteractionExpired || error instanceof errors.SessionNotFound;
    if (!expired) deps.logger.error({ err: error }, 'sign-in page failed');
    const frame = frameFor(languageOf(req), null);
    const status = expired ? 400 : 500;
    sendPage(res, frame, status, messagePage(frame, { title: frame.t('error.title'), text: frame.t(expired ? 'error.expired' : 'error.generic') }), formTargets);
  });
  return router;
}
