import { createHash, randomBytes } from 'node:crypto';
import { ProviderRefusedError, type AuthorizationRequest, type OidcClient, type ProviderTokens } from '../auth/oidc-client.port';

export const FAKE_ISSUER = 'https://id.example.org';

export interface FakeAccount {
  sub: string;
  name?: string;
  email?: string;
  locale?: string;
  roles: string[];
  centre?: string;
  network?: string;
}

export const COORDINATOR: FakeAccount = { sub: 'acc-ana', name: 'Ana Coordinadora', email: 'ana@tijuana.example', locale: 'es', roles: ['coordinator'], centre: 'tijuana' };

interface Issued {
  request: AuthorizationRequest;
  account: FakeAccount;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An identity provider in memory, strict where the real one is: a code is redeemed once, with its
 * PKCE verifier, state and nonce; refresh tokens rotate, and one used twice revokes the sign-in.
 */
export class FakeOidcClient implements OidcClient {
  readonly issuerOrigin = FAKE_ISSUER;
  private readonly codes = new Map<string, Issued>();
  /** Live refresh tokens and the account they belong to; a rotated one goes to `spent`. */
  private readonly refreshTokens = new Map<string, { account: FakeAccount; grant: string }>();
  private readonly spent = new Map<string, string>();
  private readonly revokedGrants = new Set<string>();
  private accessTokenCount = 0;
  expiresIn = 300;
  refreshes = 0;
  readonly revoked: string[] = [];
  /** A refresh waits for this before answering (to let concurrent requests pile up). */
  refreshDelay: () => Promise<void> = () => Promise.resolve();

  async authorizationUrl(request: AuthorizationRequest): Promise<URL> {
    const url = new URL(`${FAKE_ISSUER}/auth`);
    url.search = new URLSearchParams({
      redirect_uri: request.redirectUri,
      state: request.state,
      nonce: request.nonce,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
      ...(request.uiLocales ? { ui_locales: request.uiLocales } : {}),
    }).toString();
    return url;
  }

  /** The person signs in at the provider: where the browser is sent back to. */
  approve(authorizationUrl: string, account: FakeAccount = COORDINATOR): string {
    const params = new URL(authorizationUrl).searchParams;
    const code = randomBytes(8).toString('hex');
    this.codes.set(code, {
      account,
      request: {
        redirectUri: params.get('redirect_uri') ?? '',
        state: params.get('state') ?? '',
        nonce: params.get('nonce') ?? '',
        codeChallenge: params.get('code_challenge') ?? '',
      },
    });
    const back = new URL(params.get('redirect_uri') ?? '');
    back.search = new URLSearchParams({ code, state: params.get('state') ?? '', iss: FAKE_ISSUER }).toString();
    return back.toString();
  }

  async exchangeCode(callbackUrl: URL, checks: { codeVerifier: string; state: string; nonce: string }): Promise<ProviderTokens> {
    const code = callbackUrl.searchParams.get('code') ?? '';
    const issued = this.codes.get(code);
    this.codes.delete(code);
    if (!issued) throw new ProviderRefusedError('invalid_grant');
    const { request } = issued;
    const challenge = createHash('sha256').update(checks.codeVerifier).digest('base64url');
    if (challenge !== request.codeChallenge || checks.state !== request.state || checks.nonce !== request.nonce) throw new ProviderRefusedError('invalid_grant');
    if (`${callbackUrl.origin}${callbackUrl.pathname}` !== request.redirectUri) throw new ProviderRefusedError('invalid_grant');
    return this.tokensFor(issued.account, randomBytes(8).toString('hex'), request.nonce);
  }

  async refresh(refreshToken: string): Promise<ProviderTokens> {
    this.refreshes += 1;
    await this.refreshDelay();
    const spentGrant = this.spent.get(refreshToken);
    if (spentGrant) {
      // A used refresh token came back: it leaked, so the whole sign-in ends.
      this.revokedGrants.add(spentGrant);
      throw new ProviderRefusedError('invalid_grant');
    }
    const live = this.refreshTokens.get(refreshToken);
    if (!live || this.revokedGrants.has(live.grant)) throw new ProviderRefusedError('invalid_grant');
    this.refreshTokens.delete(refreshToken);
    this.spent.set(refreshToken, live.grant);
    return this.tokensFor(live.account, live.grant, null);
  }

  async revoke(refreshToken: string): Promise<void> {
    this.revoked.push(refreshToken);
    const live = this.refreshTokens.get(refreshToken);
    if (live) this.revokedGrants.add(live.grant);
  }

  async endSessionUrl(request: { idTokenHint: string | null; postLogoutRedirectUri: string }): Promise<URL> {
    const url = new URL(`${FAKE_ISSUER}/session/end`);
    url.search = new URLSearchParams({ post_logout_redirect_uri: request.postLogoutRedirectUri, ...(request.idTokenHint ? { id_token_hint: request.idTokenHint } : {}) }).toString();
    return url;
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  /** Ends a person's sign-in at the provider (deactivated, signed out elsewhere): their refresh tokens stop working. */
  revokeAll(): void {
    for (const { grant } of this.refreshTokens.values()) this.revokedGrants.add(grant);
  }

  /** Changes what the next tokens say of an account (a coordinator changed their roles). */
  updateAccount(sub: string, change: Partial<FakeAccount>): void {
    for (const entry of this.refreshTokens.values()) if (entry.account.sub === sub) entry.account = { ...entry.account, ...change };
  }

  private tokensFor(account: FakeAccount, grant: string, nonce: string | null): ProviderTokens {
    this.accessTokenCount += 1;
    const { sub, roles, centre, network } = account;
    const accessToken = `${base64url({ alg: 'ES256', typ: 'at+jwt' })}.${base64url({ sub, roles, centre, network, n: this.accessTokenCount })}.signature`;
    const refreshToken = `rt-${randomBytes(8).toString('hex')}`;
    this.refreshTokens.set(refreshToken, { account, grant });
    const claims = { iss: FAKE_ISSUER, aud: 'corredor-web', ...account, ...(nonce ? { nonce } : {}) };
    return { accessToken, refreshToken, idToken: `${base64url({ alg: 'ES256' })}.${base64url(claims)}.signature`, claims, expiresIn: this.expiresIn };
  }
}

/** Which access token a request carried: its sequence number in the fake provider. */
export function accessTokenNumber(authorization: string | null | undefined): number | null {
  const payload = (authorization ?? '').replace(/^Bearer /, '').split('.')[1];
  if (!payload) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { n?: number };
  return claims.n ?? null;
}
