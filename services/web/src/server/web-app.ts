import type { ApiService } from '@corredor/contracts';
import { healthRouter, parseQueryString, requestId, type HealthState, type Logger } from '@corredor/service-kit';
import express, { type Express } from 'express';
import { sessionRoutes } from './auth/session.routes';
import type { AuthDeps } from './auth/auth-deps';
import type { OidcClient } from './auth/oidc-client.port';
import { sessionGuard } from './auth/session-guard';
import { signInRoutes } from './auth/sign-in.routes';
import { signOutRoutes } from './auth/sign-out.routes';
import { TokenKeeper } from './auth/token-keeper';
import { csrfProtection } from './csrf/csrf-protection';
import { readCookies } from './http/client-cookies';
import { accessLog } from './http/request-context';
import { securityHeaders } from './http/security-headers';
import { notFound, webProblems } from './http/web-problems';
import type { PreferencesStore } from './preferences/preferences-store.port';
import { apiProxy } from './proxy/api-proxy';
import { sessionCookieName, sessionMiddleware } from './sessions/session-middleware';
import type { SessionStore } from './sessions/session-store.port';
import { TokenSealer } from './sessions/session-tokens';
import { staticApp } from './static/static-app';

export interface WebAppDeps {
  /** Where browsers reach the app: its origin (https in production). */
  publicUrl: string;
  oidc: OidcClient;
  sessions: SessionStore;
  preferences: PreferencesStore;
  /** Where each service's API is, from this server. */
  serviceUrls: Readonly<Record<ApiService, string>>;
  /** Sign session cookies and CSRF tokens, seal tokens at rest: the first signs, all verify. */
  sessionSecrets: string[];
  logger: Logger;
  clock?: () => Date;
  /** Calls to the services (the proxy, the centre's profile). */
  fetch?: typeof fetch;
  /** The built app (dist/public). */
  publicDir: string;
  /** Reverse proxies in front (express's `trust proxy`): the browser's address is taken that many hops back. */
  trustProxy?: number;
  idleTimeoutMs?: number;
  maxSessionMs?: number;
  health?: HealthState;
}

export interface WebApp {
  app: Express;
  keeper: TokenKeeper;
}

/**
 * The staff web app's server (backend for frontend): it serves the built app, signs people in at
 * the identity provider and keeps their tokens in a server-side session (the browser holds only an
 * httpOnly cookie), and forwards /api/<service>/v1/... to the services with their access token.
 * Everything it depends on is injected, so tests run it with a fake provider, memory stores, a
 * clock and a fetch of their own.
 */
export function buildWebApp(deps: WebAppDeps): WebApp {
  const clock = deps.clock ?? (() => new Date());
  const fetchFn = deps.fetch ?? fetch;
  const publicUrl = new URL(deps.publicUrl).origin;
  const secure = new URL(publicUrl).protocol === 'https:';
  const cookie = { cookieName: sessionCookieName(secure), secure };
  const keeper = new TokenKeeper({ store: deps.sessions, sealer: new TokenSealer(deps.sessionSecrets), oidc: deps.oidc, clock, logger: deps.logger });
  const guard = sessionGuard({ keeper, clock, maxAgeMs: deps.maxSessionMs ?? 12 * 3600_000, ...cookie });
  const csrf = csrfProtection({ secrets: deps.sessionSecrets, secure, publicOrigin: publicUrl });
  const auth: AuthDeps = {
    oidc: deps.oidc,
    keeper,
    preferences: deps.preferences,
    guard,
    csrf,
    publicUrl,
    clock,
    logger: deps.logger,
    centreProfile: { centreUrl: deps.serviceUrls.centre, fetch: fetchFn, clock },
    cookie,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? 0);
  app.set('query parser', parseQueryString);
  app.use(securityHeaders({ providerOrigin: deps.oidc.issuerOrigin, https: secure }));
  app.use(requestId);
  app.use(accessLog(deps.logger));
  app.use(
    healthRouter(
      [
        { name: 'sessions', critical: true, check: () => deps.sessions.isReachable() },
        { name: 'preferences', critical: false, check: () => deps.preferences.isReachable() },
        { name: 'identity-provider', critical: false, check: () => deps.oidc.isReachable() },
      ],
      deps.health ?? { draining: false },
    ),
  );
  const sessions = sessionMiddleware({ store: deps.sessions, secrets: deps.sessionSecrets, secure, idleMs: deps.idleTimeoutMs ?? 8 * 3600_000, clock });
  app.use(['/auth', '/api'], readCookies, sessions);
  app.use(signInRoutes(auth), sessionRoutes(auth), signOutRoutes(auth));
  app.use('/api', guard.requireSession, csrf.requireToken, guard.requireTokens, apiProxy({ serviceUrls: deps.serviceUrls, fetch: fetchFn, logger: deps.logger }));
  app.use(staticApp(deps.publicDir));
  app.use(notFound);
  app.use(webProblems(deps.logger));
  return { app, keeper };
}
