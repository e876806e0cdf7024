import * as oidc from 'openid-client';
import type { Logger } from '@corredor/service-kit';
import { ProviderRefusedError, ProviderUnavailableError, type AuthorizationRequest, type OidcClient, type ProviderTokens } from './oidc-client.port';

export interface OpenIdClientSettings {
  /** OIDC_ISSUER: discovery is `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  scopes: string;
  /** Plain http to the provider: refused in production (the config says so), fine on a laptop. */
  allowHttp: boolean;
  /** Where this server reaches the provider when the issuer's own address does not resolve from here. */
  internalOrigin?: string;
  logger: Logger;
  /** Seconds a request to the provider may take. */
  timeoutSeconds?: number;
}

const code = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '');
const nameOf = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/**
 * What went wrong, as this app acts on it: the provider said no (sign in again), or it could not be
 * asked (try again). oauth4webapi's errors carry codes, which hold across jest's module realms
 * where `instanceof` would not.
 */
function translate(error: unknown, what: string): Error {
  if (code(error) === 'OAUTH_RESPONSE_BODY_ERROR') {
    const { status, error: oauthError } = error as oidc.ResponseBodyError;
    return status >= 500 ? new ProviderUnavailableError(`${what}: the provider answered ${status}`) : new ProviderRefusedError(oauthError);
  }
  if (code(error) === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR') return new ProviderRefusedError((error as oidc.AuthorizationResponseError).error);
  if (['TypeError', 'TimeoutError', 'AbortError'].includes(nameOf(error)) || code(error) === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
    return new ProviderUnavailableError(`${what}: the provider cannot be reached (${nameOf(error)})`);
  }
  // A response that fails its checks (state, nonce, signature, issuer): nothing from it is used.
  return new ProviderRefusedError(code(error).toLowerCase() || 'invalid_response');
}

function tokensOf(response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): ProviderTokens {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token ?? null,
    idToken: response.id_token ?? null,
    claims: (response.claims() as Record<string, unknown> | undefined) ?? null,
    expiresIn: response.expiresIn() ?? 300,
  };
}

/**
 * The identity provider over openid-client (certified, kept by the author of oidc-provider): its
 * configuration is discovered at first use and kept, so the app starts while the provider is down
 * and signs people in once it is back.
 */
export function openIdClient(settings: OpenIdClientSettings): OidcClient {
  const issuer = new URL(settings.issuer);
  const internal = settings.internalOrigin ? new URL(settings.internalOrigin) : null;
  const timeout = settings.timeoutSeconds ?? 10;
  // The provider's address as browsers know it may not resolve here (compose: localhost): the same paths at the internal origin.
  const fetchVia: oidc.CustomFetch = (url, options) => {
    const target = new URL(url);
    if (internal && target.origin === issuer.origin) {
      target.protocol = internal.protocol;
      target.host = internal.host;
    }
    return fetch(target, options);
  };
  let discovered: Promise<oidc.Configuration> | null = null;
  let reachable = false;
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(issuer, settings.clientId, undefined, oidc.None(), {
        [oidc.customFetch]: fetchVia,
        timeout,
        ...(settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .then((config) => {
        reachable = true;
        return config;
      })
      .catch((error: unknown) => {
        discovered = null;
        reachable = false;
        settings.logger.warn({ errorName: nameOf(error), errorCode: code(error) }, 'identity provider discovery failed');
        throw new ProviderUnavailableError('the identity provider cannot be reached');
      });
    return discovered;
  };
  const call = async <T>(what: string, work: (config: oidc.Configuration) => Promise<T>): Promise<T> => {
    const config = await configuration();
    try {
      return await work(config);
    } catch (error) {
      throw translate(error, what);
    }
  };

  return {
    issuerOrigin: issuer.origin,
    authorizationUrl: (request: AuthorizationRequest) =>
      call('authorization', async (config) =>
        oidc.buildAuthorizationUrl(config, {
          redirect_uri: request.redirectUri,
          scope: settings.scopes,
          code_challenge: request.codeChallenge,
          code_challenge_method: 'S256',
          state: request.state,
          nonce: request.nonce,
          ...(request.uiLocales ? { ui_locales: request.uiLocales } : {}),
        }),
      ),
    exchangeCode: (callbackUrl, checks) =>
      call('code exchange', async (config) =>
        tokensOf(
          await oidc.authorizationCodeGrant(config, callbackUrl, {
            pkceCodeVerifier: checks.codeVerifier,
            expectedState: checks.state,
            expectedNonce: checks.nonce,
            idTokenExpected: true,
          }),
        ),
      ),
    refresh: (refreshToken) => call('refresh', async (config) => tokensOf(await oidc.refreshTokenGrant(config, refreshToken))),
    revoke: async (refreshToken) => {
      try {
        await call('revocation', (config) =>
          config.serverMetadata().revocation_endpoint ? oidc.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' }) : Promise.resolve(),
        );
      } catch (error) {
        // The session ends here whatever the provider says; its grant then ends with the refresh token's life.
        settings.logger.warn({ errorName: nameOf(error) }, 'refresh token revocation failed');
      }
    },
    endSessionUrl: (request) =>
      call('end session', async (config) => {
        if (!config.serverMetadata().end_session_endpoint) return null;
        return oidc.buildEndSessionUrl(config, {
          post_logout_redirect_uri: request.postLogoutRedirectUri,
          ...(request.idTokenHint ? { id_token_hint: request.idTokenHint } : {}),
        });
      }),
    // What the last discovery found, answered at once (a health probe must not wait on the provider); one is tried if none is kept.
    isReachable: async () => {
      configuration().catch(() => undefined);
      return reachable;
    },
  };
}
