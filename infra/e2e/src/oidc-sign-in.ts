import * as oidc from 'openid-client';
import { formAction, TestBrowser, type Page } from '@corredor/service-kit/testing';
import { TEST_REDIRECT_URI } from './platform-processes';

export const SCOPE = 'openid profile email corredor api offline_access';

/** The provider's configuration as a client learns it (discovery); plain http is fine on loopback only. */
export function discover(issuer: string): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(issuer), 'corredor-console', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
}

export type SignInOutcome = { tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers } | { page: Page };

/**
 * Signs a person in through the authorization code flow with PKCE, as a browser would: openid-client
 * builds the request and redeems the code; the pages in between are fetched and their forms posted.
 * Ends with tokens, or with the page the person was left on (a wrong password, say).
 */
export async function signIn(config: oidc.Configuration, credentials: { email: string; password: string }, language = 'es'): Promise<SignInOutcome> {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: TEST_REDIRECT_URI,
    scope: SCOPE,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    prompt: 'consent',
  });
  const browser = new TestBrowser({ 'accept-language': language });
  const signInPage = await browser.navigate(url.href, TEST_REDIRECT_URI);
  let page = await browser.submit(formAction(signInPage, '/login'), credentials, TEST_REDIRECT_URI);
  if (page.url.includes('/interaction/') && page.body.includes('/consent"')) page = await browser.submit(formAction(page, '/consent'), {}, TEST_REDIRECT_URI);
  if (!page.url.startsWith(TEST_REDIRECT_URI)) return { page };
  const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url), { pkceCodeVerifier: verifier, expectedState: state });
  return { tokens };
}

export async function accessTokenOf(config: oidc.Configuration, credentials: { email: string; password: string }) {
  const outcome = await signIn(config, credentials);
  if (!('tokens' in outcome)) throw new Error(`sign-in stopped at ${outcome.page.url} (HTTP ${outcome.page.status})`);
  return outcome.tokens;
}

export { oidc };
