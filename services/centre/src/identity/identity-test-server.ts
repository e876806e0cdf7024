import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger } from '@corredor/service-kit';
import { createIdentityProvider, type IdentityProvider, type IdentityProviderDeps } from './identity-provider';
import { MemoryOidcStore } from './oidc-store.memory';
import { pkcePair } from './pkce';
import { MemorySigningKeyStore } from './signing-keys.memory';
import { FakeIdentityAccounts, formAction, type Page, type TestBrowser } from './test-fixtures';

/** A loopback redirect URI of the console client that no test ever fetches: the flow stops there. */
export const REDIRECT_URI = 'http://127.0.0.1/callback';
export const ANA = { id: 'acc-ana', email: 'ana@tijuana.example', password: 'correct horse battery staple' };

export interface TestIdentityServer {
  publicUrl: string;
  issuer: string;
  idp: IdentityProvider;
  accounts: FakeIdentityAccounts;
  keys: MemorySigningKeyStore;
  /** Moves the injected clock (key rotation, store expiry) forward. */
  advance(seconds: number): void;
  close(): Promise<void>;
}

/** The identity provider's router in a bare express app on a free port, with in-memory stores and one coordinator. */
export async function startIdentityServer(overrides: Partial<IdentityProviderDeps> = {}): Promise<TestIdentityServer> {
  const app = express();
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let now = Date.now();
  const clock = () => new Date(now);
  const accounts = new FakeIdentityAccounts();
  accounts.add({ id: ANA.id, email: ANA.email, centre: 'tijuana', roles: ['coordinator'] }, ANA.password);
  const keys = new MemorySigningKeyStore();
  const idp = createIdentityProvider({
    issuer: `${publicUrl}/oidc`,
    publicUrl,
    accounts,
    store: new MemoryOidcStore(clock),
    keys,
    clock,
    logger: createLogger('centre', 'silent'),
    cookieKeys: ['test-cookie-key-0123456789-abcdefghij'],
    production: false,
    consoleRedirectUris: [REDIRECT_URI],
    ...overrides,
  });
  app.use(idp.router);
  return {
    publicUrl,
    issuer: idp.issuer,
    idp,
    accounts,
    keys,
    advance: (seconds) => {
      now += seconds * 1000;
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

export const FULL_SCOPE = 'openid profile email corredor api offline_access';

/**
 * Starts an authorization request of the console client as a web app would, and follows it.
 * By default it asks for a refresh token, which OpenID Connect grants only with prompt=consent;
 * a parameter given as '' is left out.
 */
export async function authorize(env: TestIdentityServer, browser: TestBrowser, params: Record<string, string> = {}) {
  const { verifier, challenge, state } = pkcePair();
  const url = `${env.issuer}/auth?${new URLSearchParams(Object.entries({
    client_id: 'corredor-console',
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: FULL_SCOPE,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    prompt: 'consent',
    ...params,
  }).filter(([, value]) => value !== ''))}`;
  // The browser stops where the client is sent back: it is never fetched.
  return { page: await browser.navigate(url, params['redirect_uri'] || REDIRECT_URI), verifier, state };
}

/** The code (and state) the browser was sent back with, or null if it is still on a page. */
export function codeOf(page: Page, redirectUri = REDIRECT_URI): { code: string; state: string | null } | null {
  if (!page.url.startsWith(redirectUri)) return null;
  const url = new URL(page.url);
  const code = url.searchParams.get('code');
  return code ? { code, state: url.searchParams.get('state') } : null;
}

/** Posts the consent page if it is shown; returns where the browser ends. */
export async function consentIfAsked(browser: TestBrowser, page: Page): Promise<Page> {
  return page.url.includes('/interaction/') && page.body.includes('/consent"') ? browser.submit(formAction(page, '/consent'), {}, REDIRECT_URI) : page;
}

/** The whole sign-in of Ana (password, consent): the authorization code and its PKCE verifier. */
export async function signIn(env: TestIdentityServer, browser: TestBrowser, credentials = ANA, params: Record<string, string> = {}) {
  const { page, verifier } = await authorize(env, browser, params);
  const afterLogin = await browser.submit(formAction(page, '/login'), { email: credentials.email, password: credentials.password }, REDIRECT_URI);
  const done = await consentIfAsked(browser, afterLogin);
  const code = codeOf(done);
  if (!code) throw new Error(`sign-in did not end with a code (on ${done.url}, status ${done.status})`);
  return { code: code.code, verifier };
}

export async function tokenRequest(env: TestIdentityServer, form: Record<string, string>) {
  const response = await fetch(`${env.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'corredor-console', ...form }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export function exchangeCode(env: TestIdentityServer, code: string, verifier: string) {
  return tokenRequest(env, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier });
}

export { FakeIdentityAccounts };
