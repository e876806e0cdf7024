import { Router, type Request, type Response } from 'express';
import type Provider from 'oidc-provider';
import type { ClientMetadata } from 'oidc-provider';
import type { LimiterFactory, Logger } from '@corredor/service-kit';
import type { IdentityAccounts } from './identity-accounts.port';
import { interactionRoutes } from './interaction.routes';
import type { OidcStore } from './oidc-store.port';
import { messagePage } from './pages/message.page';
import { createProvider } from './provider-configuration';
import { providerPages } from './provider-pages';
import { CONSOLE_CLIENT_ID, signInConsoleRoutes } from './sign-in-console.routes';
import { SignInSteps } from './sign-in-steps';
import { DEFAULT_THROTTLE, SignInThrottle, type ThrottleSettings } from './sign-in-throttle';
import { SigningKeyRing, type KeySet } from './signing-key-ring';
import { SigningKeySealer } from './signing-key-sealer';
import type { SigningKeyStore } from './signing-keys.port';
import { frameFor, languageOf, rememberLanguageChoice, sendPage } from './web';

/** A first-party public client (a web or native app of the network): code flow with PKCE, no secret. */
export interface PublicClientSettings {
  clientId: string;
  /** Shown on the consent page. */
  name: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** 'native' lets a loopback redirect URI (http://127.0.0.1/callback) use any port. Default 'web'. */
  applicationType?: 'web' | 'native';
  /**
   * The network's own app (the staff web app): signing in is consent, so no consent page is shown
   * and it gets the scopes it asks for (offline access included: a refresh token) without one.
   */
  consentImplied?: boolean;
}

export interface IdentityProviderDeps {
  /** `${publicUrl}/oidc`: the `iss` of every token (AUTH_OIDC_ISSUER of the other services). */
  issuer: string;
  /** Where browsers reach the centre service, e.g. https://centre.corredor.example. */
  publicUrl: string;
  accounts: IdentityAccounts;
  store: OidcStore;
  keys: SigningKeyStore;
  clock: () => Date;
  logger: Logger;
  /** Sign the provider's cookies; the first signs, all verify (prepend a new one to rotate). */
  cookieKeys: string[];
  /** Refuses to start without TLS issuer, key encryption secret and strong cookie keys. */
  production: boolean;
  /** Access (and ID) token lifetime; default 300 s. */
  accessTokenTtlSeconds?: number;
  /** Browser session lifetime at the provider; default 12 h. */
  sessionTtlSeconds?: number;
  /** How long an app stays signed in through refresh tokens (offline_access); default 14 days. */
  refreshTokenTtlSeconds?: number;
  /** `aud` of access tokens (AUTH_AUDIENCE of the other services); default corredor-api. */
  apiAudience?: string;
  /** More redirect URIs of the `corredor-console` client besides `${publicUrl}/signin/callback`. */
  consoleRedirectUris?: string[];
  /** More first-party public clients (a web app). */
  clients?: PublicClientSettings[];
  keyRotation?: { maxAgeSeconds?: number; propagationSeconds?: number };
  /** Seals the private signing keys in the store (required in production). */
  keyEncryptionSecret?: string;
  throttle?: ThrottleSettings;
  /** Limiters over a shared store when several instances run (default: in memory). */
  createLimiter?: LimiterFactory;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-Proto/-For (set express's `trust proxy` alike). */
  trustProxy?: boolean;
  /** Where the sign-in console exchanges its code; default `${issuer}/token`. */
  tokenEndpoint?: string;
}

export interface IdentityProvider {
  /** Mount at `mountPath` of the centre service, outside /v1, before any body parser and the not-found handler. */
  router: Router;
  /** The public URL's path: '/' unless the service is published below a prefix. */
  mountPath: string;
  issuer: string;
  jwksPath: '/oidc/jwks';
  /** `${issuer}/jwks`: AUTH_JWKS_URL of every service. */
  jwksUrl: string;
  /** Loads the keys and builds the provider (requests wait for it anyway); rejects if the store cannot be read. */
  ready(): Promise<void>;
  /**
   * Rotates the signing key when it is older than the maximum age, retires and removes old keys,
   * and picks up keys another instance rotated. Call it every minute on every instance.
   */
  rotateSigningKeyIfDue(): Promise<void>;
}

const CLOCK_TOLERANCE_SECONDS = 15;

function checkProductionSettings(deps: IdentityProviderDeps): void {
  if (!deps.production) return;
  const problems = [
    ...(new URL(deps.issuer).protocol === 'https:' ? [] : ['the issuer must be an https URL']),
    ...(deps.keyEncryptionSecret && deps.keyEncryptionSecret.length >= 32 ? [] : ['a key encryption secret of at least 32 characters is required']),
    ...(deps.cookieKeys.length > 0 && deps.cookieKeys.every((key) => key.length >= 32) ? [] : ['cookie keys of at least 32 characters are required']),
    // A web app's code and tokens must not travel in the clear; a native app's loopback redirect never leaves the device.
    ...((deps.clients ?? []).every((client) => client.applicationType === 'native' || client.redirectUris.every((uri) => new URL(uri).protocol === 'https:'))
      ? []
      : ["a web app's redirect URIs must be https"]),
  ];
  if (problems.length > 0) throw new Error(`identity provider: ${problems.join('; ')}`);
}

function clientsOf(deps: IdentityProviderDeps, publicUrl: string): ClientMetadata[] {
  const signInConsole: PublicClientSettings = {
    clientId: CONSOLE_CLIENT_ID,
    name: 'Corredor',
    redirectUris: [`${publicUrl}/signin/callback`, ...(deps.consoleRedirectUris ?? [])],
  };
  return [signInConsole, ...(deps.clients ?? [])].map((client) => ({
    client_id: client.clientId,
    client_name: client.name,
    application_type: client.applicationType ?? 'web',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    id_token_signed_response_alg: 'ES256',
  }));
}

/**
 * The staff identity provider (OpenID Connect, on oidc-provider): sign-in pages, the sign-in
 * console, and the provider itself under /oidc. The provider instance is rebuilt whenever the
 * signing keys change; sessions, grants and tokens live in the store and survive that.
 */
export function createIdentityProvider(deps: IdentityProviderDeps): IdentityProvider {
  if (deps.cookieKeys.length === 0) throw new Error('identity provider: cookie keys are required');
  checkProductionSettings(deps);
  const publicUrl = deps.publicUrl.replace(/\/+$/, '');
  const issuer = deps.issuer.replace(/\/+$/, '');
  const basePath = new URL(publicUrl).pathname.replace(/\/+$/, '');
  if (issuer !== `${publicUrl}/oidc`) throw new Error('identity provider: the issuer must be the public URL followed by /oidc');
  const accessTokenTtlSeconds = deps.accessTokenTtlSeconds ?? 300;
  const clients = clientsOf(deps, publicUrl);
  const consentImpliedClients = new Set((deps.clients ?? []).filter((client) => client.consentImplied).map((client) => client.clientId));
  const formTargets = [...new Set(clients.flatMap((client) => [...(client.redirect_uris ?? []), ...(client.post_logout_redirect_uris ?? [])]).map((uri) => new URL(uri).origin))];
  const sealer = new SigningKeySealer(deps.keyEncryptionSecret);
  if (!sealer.sealing) deps.logger.warn('identity provider: signing keys are stored unsealed (no key encryption secret)');
  const ring = new SigningKeyRing(deps.keys, sealer, deps.clock, {
    maxAgeSeconds: deps.keyRotation?.maxAgeSeconds ?? 30 * 24 * 3600,
    propagationSeconds: deps.keyRotation?.propagationSeconds ?? 180,
    retentionSeconds: accessTokenTtlSeconds + CLOCK_TOLERANCE_SECONDS,
  }, deps.logger);
  const pages = providerPages(formTargets);

  interface Built {
    provider: Provider;
    handle: ReturnType<Provider['callback']>;
    fingerprint: string;
  }
  let current: Built | null = null;
  let loading: Promise<Built> | null = null;

  const build = (keySet: KeySet): Built => {
    const provider = createProvider({
      issuer,
      interactionPath: `${basePath}/interaction`,
      apiAudience: deps.apiAudience ?? 'corredor-api',
      accessTokenTtlSeconds,
      sessionTtlSeconds: deps.sessionTtlSeconds ?? 12 * 3600,
      refreshTokenTtlSeconds: deps.refreshTokenTtlSeconds ?? 14 * 24 * 3600,
      clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
      clients,
      cookieKeys: deps.cookieKeys,
      keySet,
      store: deps.store,
      accounts: deps.accounts,
      pages,
      trustProxy: deps.trustProxy ?? false,
      consentImpliedClients,
    });
    provider.on('server_error', (_ctx, error) => deps.logger.error({ err: error }, 'identity provider error'));
    const built = { provider, handle: provider.callback(), fingerprint: keySet.fingerprint };
    current = built;
    return built;
  };

  const ensure = (): Promise<Built> => {
    if (current) return Promise.resolve(current);
    loading ??= ring
      .current()
      .then(build)
      .finally(() => {
        loading = null;
      });
    return loading;
  };

  const router = Router();
  router.use(['/interaction', '/signin', '/oidc'], rememberLanguageChoice);
  router.use(interactionRoutes({ provider: async () => (await ensure()).provider, accounts: deps.accounts, steps: new SignInSteps(deps.store), throttle: new SignInThrottle(deps.throttle ?? DEFAULT_THROTTLE, deps.cookieKeys[0] ?? '', deps.createLimiter), basePath, formTargets, logger: deps.logger }));
  router.use(signInConsoleRoutes({ issuer, tokenEndpoint: deps.tokenEndpoint ?? `${issuer}/token`, callbackUrl: `${publicUrl}/signin/callback`, basePath, formTargets, logger: deps.logger }));
  const unavailable = (req: Request, res: Response, error: unknown) => {
    deps.logger.error({ err: error }, 'identity provider unavailable');
    if (req.method === 'GET' && req.accepts('html') && !req.path.startsWith('/jwks') && !req.path.startsWith('/.well-known')) {
      const frame = frameFor(languageOf(req), null);
      return sendPage(res, frame, 503, messagePage(frame, { title: frame.t('error.title'), text: frame.t('error.unavailable') }), formTargets);
    }
    res.status(503).set('Cache-Control', 'no-store').json({ error: 'temporarily_unavailable', error_description: 'the identity provider cannot reach its store' });
  };
  // oidc-provider (a Koa app) answers everything below /oidc itself, errors included.
  router.use('/oidc', (req: Request, res: Response) => {
    ensure()
      .then(({ handle }) => handle(req, res), (error: unknown) => unavailable(req, res, error))
      .catch((error: unknown) => deps.logger.error({ err: error }, 'identity provider request failed'));
  });

  return {
    router,
    mountPath: basePath || '/',
    issuer,
    jwksPath: '/oidc/jwks',
    jwksUrl: `${issuer}/jwks`,
    ready: async () => {
      await ensure();
    },
    rotateSigningKeyIfDue: async () => {
      const keySet = await ring.maintain();
      if (!current || current.fingerprint !== keySet.fingerprint) build(keySet);
    },
  };
}
