/** What the provider answered at its token endpoint, as this app keeps it. */
export interface ProviderTokens {
  accessToken: string;
  /** Absent when the provider rotates nothing (keep the one in hand). */
  refreshToken: string | null;
  idToken: string | null;
  /** The ID token's claims (checked: signature, issuer, audience, nonce, expiry), when one came. */
  claims: Record<string, unknown> | null;
  /** How long the access token lives, in seconds. */
  expiresIn: number;
}

/** The request a sign-in starts with: PKCE (S256), state and nonce, kept in the session until the person comes back. */
export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
  /** The languages the person's pages should be in, best first. */
  uiLocales?: string;
}

/** The provider said no (an expired or revoked grant, a code used twice): the person must sign in again. */
export class ProviderRefusedError extends Error {
  override readonly name = 'ProviderRefusedError';
  constructor(readonly error: string) {
    super(`the identity provider refused: ${error}`);
  }
}

/** The provider could not be reached, or answered nonsense: try again later. */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailableError';
}

/**
 * The identity provider as this app uses it (OpenID Connect, authorization code with PKCE, as a
 * public client): the real one over openid-client, a fake one in tests.
 */
export interface OidcClient {
  /** Where forms may lead: sign-out posts here, then the provider's page is shown (CSP form-action). */
  readonly issuerOrigin: string;
  authorizationUrl(request: AuthorizationRequest): Promise<URL>;
  /** Redeems the code the person came back with (`callbackUrl`: the full URL, query included). */
  exchangeCode(callbackUrl: URL, checks: { codeVerifier: string; state: string; nonce: string }): Promise<ProviderTokens>;
  refresh(refreshToken: string): Promise<ProviderTokens>;
  /** Revokes a refresh token (and the sign-in behind it); a provider that cannot is not an error. */
  revoke(refreshToken: string): Promise<void>;
  /** Where to send the browser to end the provider's session too; null if the provider has no such endpoint. */
  endSessionUrl(request: { idTokenHint: string | null; postLogoutRedirectUri: string }): Promise<URL | null>;
  /** Whether the provider answers (its discovery document). */
  isReachable(): Promise<boolean>;
}
