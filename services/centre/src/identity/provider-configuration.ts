import Provider, { errors, interactionPolicy, type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { LANGUAGES } from './i18n';
import type { IdentityAccounts } from './identity-accounts.port';
import { oidcAdapter } from './oidc-store.adapter';
import type { OidcStore } from './oidc-store.port';
import type { ProviderPages } from './provider-pages';
import type { KeySet } from './signing-key-ring';

/** The resource indicator of the Corredor API; its access tokens carry `aud` = the API audience. */
export const API_RESOURCE = 'urn:corredor:api';
/**
 * Scopes with claims: `corredor` adds `centre` and `roles` to the ID token; every ID token says how
 * the person signed in (`amr`: ["pwd"], or ["pwd", "otp"] with a second factor).
 */
export const CLAIMS = { openid: ['sub', 'amr'], profile: ['name', 'locale'], email: ['email'], corredor: ['centre', 'roles'] };

export interface ProviderSettings {
  issuer: string;
  /** Where our interaction pages live (`/interaction`, below the public URL's path). */
  interactionPath: string;
  apiAudience: string;
  accessTokenTtlSeconds: number;
  sessionTtlSeconds: number;
  /** How long a sign-in lasts through refresh tokens (and the grant behind them). */
  refreshTokenTtlSeconds: number;
  clockToleranceSeconds: number;
  clients: ClientMetadata[];
  cookieKeys: string[];
  keySet: KeySet;
  store: OidcStore;
  accounts: IdentityAccounts;
  pages: ProviderPages;
  trustProxy: boolean;
  /** Clients whose consent is implied (the network's own apps): their grant is made at sign-in, with no consent page. */
  consentImpliedClients: ReadonlySet<string>;
}

async function findAccount(accounts: IdentityAccounts, sub: string) {
  const account = await accounts.findActive(sub);
  if (!account) return undefined;
  return {
    accountId: account.id,
    claims: () => ({ sub: account.id, name: account.name, email: account.email, locale: account.preferredLanguage, centre: account.centre, roles: account.roles }),
  };
}

/**
 * A session whose account may no longer sign in (deactivated, or its centre suspended) must not
 * sign anyone in silently: oidc-provider finds no account for it, and this asks for a new sign-in.
 */
function loginPolicy() {
  const { Check, base } = interactionPolicy;
  const policy = base();
  policy.get('login')?.checks.add(
    new Check('account_inactive', 'the signed-in account may no longer sign in', (ctx: KoaContextWithOIDC) =>
      ctx.oidc.session?.accountId !== undefined && ctx.oidc.account === undefined ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT,
    ),
    0,
  );
  return policy;
}

/**
 * The grant of a sign-in: the one the person gave this client, as oidc-provider finds it by default.
 * For a client whose consent is implied (the network's own staff app), the grant is made (or
 * widened) to what the request asks for: its scopes, offline access among them, and the API's
 * scopes, so staff are never shown a consent page for their own organisation's app, and it still
 * gets a refresh token as OpenID Connect allows only after consent (which is implied here).
 */
async function loadGrant(ctx: KoaContextWithOIDC, consentImplied: ReadonlySet<string>) {
  const { oidc } = ctx;
  const clientId = oidc.client?.clientId;
  const accountId = oidc.session?.accountId;
  const grantId = oidc.result?.consent?.grantId ?? (clientId ? oidc.session?.grantIdFor(clientId) : undefined);
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  if (!clientId || !accountId || !consentImplied.has(clientId)) return existing;
  const grant = existing ?? new oidc.provider.Grant({ clientId, accountId });
  grant.addOIDCScope(oidc.requestParamOIDCScopes);
  for (const [indicator, server] of Object.entries(oidc.resourceServers ?? {})) {
    const scopes = [...oidc.requestParamScopes].filter((scope) => server.scopes.has(scope));
    if (scopes.length > 0) grant.addResourceScope(indicator, scopes);
  }
  await grant.save();
  return grant;
}

export function providerConfiguration(settings: ProviderSettings): Configuration {
  const { accounts, keySet } = settings;
  return {
    adapter: oidcAdapter(settings.store),
    clients: settings.clients,
    jwks: { keys: keySet.keys },
    cookies: {
      keys: settings.cookieKeys,
      names: { session: 'corredor_session', interaction: 'corredor_interaction', resume: 'corredor_resume' },
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    findAccount: (_ctx, sub) => findAccount(accounts, sub),
    loadExistingGrant: (ctx) => loadGrant(ctx, settings.consentImpliedClients),
    /*
     * OpenID Connect grants offline_access only with prompt=consent, which would show staff a consent
     * page at every sign-in. A client whose consent is implied gets its refresh token without it,
     * bound to the person's session here instead (below): it works while they are signed in at the
     * provider (12 h at most) and stops when they sign out, from this app or any other.
     */
    issueRefreshToken: (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && (code.scopes.has('offline_access') || settings.consentImpliedClients.has(client.clientId)),
    expiresWithSession: (ctx, code) => settings.consentImpliedClients.has(ctx.oidc.client?.clientId ?? '') || !code.scopes.has('offline_access'),
    async extraTokenClaims(_ctx, token) {
      const accountId = 'accountId' in token ? token.accountId : undefined;
      if (!accountId) return undefined;
      const account = await accounts.findActive(accountId);
      if (!account) throw new errors.InvalidGrant('the account may not hold tokens now');
      return { centre: account.centre, roles: account.roles };
    },
    claims: CLAIMS,
    scopes: ['openid', 'offline_access', ...Object.keys(CLAIMS).filter((scope) => scope !== 'openid')],
    // The ID token carries the claims of its scopes (there is no userinfo endpoint).
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientDefaults: { id_token_signed_response_alg: 'ES256', token_endpoint_auth_method: 'none', grant_types: ['authorization_code', 'refresh_token'] },
    enabledJWA: { idTokenSigningAlgValues: ['ES256'] },
    // Browser apps (public clients) may call the token endpoint from the origins they redirect to.
    clientBasedCORS: (_ctx, origin, client) => client.clientAuthMethod === 'none' && (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      // A client revokes only its own tokens (the web app's refresh token at sign-out); all ours are public: another's is left alone.
      revocation: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
      rpInitiatedLogout: { enabled: true, logoutSource: settings.pages.logoutSource, postLogoutSuccessSource: settings.pages.postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== API_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: 'api',
            audience: settings.apiAudience,
            accessTokenTTL: settings.accessTokenTtlSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256', kid: keySet.signingKid } },
          };
        },
      },
    },
    rotateRefreshToken: true,
    clockTolerance: settings.clockToleranceSeconds,
    ttl: {
      AccessToken: settings.accessTokenTtlSeconds,
      // As short as access tokens: a retired key then only has to outlive access tokens.
      IdToken: settings.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      Interaction: 30 * 60,
      Session: settings.sessionTtlSeconds,
      Grant: settings.refreshTokenTtlSeconds,
      // A rotated refresh token of a browser app keeps its predecessor's expiry: rotation renews the token, not the sign-in.
      RefreshToken: (ctx, token, client) => {
        const rotated = ctx?.oidc?.entities.RotatedRefreshToken;
        if (rotated && client.applicationType === 'web' && client.clientAuthMethod === 'none' && !token.isSenderConstrained()) return rotated.remainingTTL;
        return settings.refreshTokenTtlSeconds;
      },
    },
    interactions: { policy: loginPolicy(), url: (_ctx, interaction) => `${settings.interactionPath}/${interaction.uid}` },
    renderError: settings.pages.renderError,
    discovery: { ui_locales_supported: [...LANGUAGES] },
  };
}

export function createProvider(settings: ProviderSettings): Provider {
  const provider = new Provider(settings.issuer, providerConfiguration(settings));
  provider.proxy = settings.trustProxy;
  return provider;
}
