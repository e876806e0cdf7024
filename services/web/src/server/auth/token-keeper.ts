import { randomUUID } from 'node:crypto';
import type { Logger } from '@corredor/service-kit';
import { ProviderRefusedError, ProviderUnavailableError, type OidcClient, type ProviderTokens } from './oidc-client.port';
import type { SessionStore } from '../sessions/session-store.port';
import type { SessionTokens, TokenSealer } from '../sessions/session-tokens';

export interface TokenKeeperDeps {
  store: SessionStore;
  sealer: TokenSealer;
  oidc: OidcClient;
  clock: () => Date;
  logger: Logger;
  /** How long one refresh may hold its claim on the session's tokens (another instance then may try). */
  claimMs?: number;
}

/** Tokens fit to use, and the ID token's claims when they were just refreshed (roles may have changed). */
export interface FreshTokens {
  tokens: SessionTokens;
  claims: Record<string, unknown> | null;
}

/** An access token is refreshed this close to its expiry: 30 s, or a fifth of a shorter life. */
function marginMs(tokens: SessionTokens): number {
  return Math.min(30_000, tokens.lifetimeSeconds * 200);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A session's tokens: kept sealed in the session store, handed out while the access token lives,
 * refreshed shortly before it expires. The provider rotates refresh tokens and revokes the whole
 * sign-in when a spent one comes back, so one session never refreshes twice at once: requests of
 * this process share one refresh, and across processes a claim in the store lets one refresh
 * while the others wait and then read the tokens it saved.
 */
export class TokenKeeper {
  private readonly refreshing = new Map<string, Promise<FreshTokens | null>>();
  private readonly claimMs: number;

  constructor(private readonly deps: TokenKeeperDeps) {
    this.claimMs = deps.claimMs ?? 15_000;
  }

  /** Keeps what the provider answered (a sign-in, a refresh), keeping the refresh and ID tokens it did not replace. */
  async keep(sessionId: string, answer: ProviderTokens, previous: SessionTokens | null = null): Promise<SessionTokens | null> {
    const tokens: SessionTokens = {
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken ?? previous?.refreshToken ?? null,
      idToken: answer.idToken ?? previous?.idToken ?? null,
      expiresAt: this.deps.clock().getTime() + answer.expiresIn * 1000,
      lifetimeSeconds: Math.max(1, answer.expiresIn),
    };
    return (await this.deps.store.saveTokens(sessionId, this.deps.sealer.seal(sessionId, tokens))) ? tokens : null;
  }

  async current(sessionId: string): Promise<SessionTokens | null> {
    const sealed = await this.deps.store.findTokens(sessionId);
    return sealed === null ? null : this.deps.sealer.open(sessionId, sealed);
  }

  /**
   * Tokens whose access token is good for a while yet, refreshed if need be; null when the session
   * has none or the provider refused to refresh them (the person must sign in again). Throws
   * ProviderUnavailableError when the provider cannot be asked.
   */
  async fresh(sessionId: string): Promise<FreshTokens | null> {
    const tokens = await this.current(sessionId);
    if (!tokens) return null;
    if (!this.expiring(tokens)) return { tokens, claims: null };
    let refresh = this.refreshing.get(sessionId);
    if (!refresh) {
      refresh = this.refreshAlone(sessionId).finally(() => this.refreshing.delete(sessionId));
      this.refreshing.set(sessionId, refresh);
    }
    return refresh;
  }

  private expiring(tokens: SessionTokens): boolean {
    return tokens.expiresAt - this.deps.clock().getTime() <= marginMs(tokens);
  }

  private async refreshAlone(sessionId: string): Promise<FreshTokens | null> {
    const claimant = randomUUID();
    const waitUntil = Date.now() + this.claimMs + 1_000;
    while (!(await this.deps.store.claimRefresh(sessionId, claimant, new Date(this.deps.clock().getTime() + this.claimMs)))) {
      // Another instance is refreshing (or the session is gone): its tokens land in the store.
      const tokens = await this.current(sessionId);
      if (!tokens) return null;
      if (!this.expiring(tokens)) return { tokens, claims: null };
      if (Date.now() > waitUntil) throw new ProviderUnavailableError('the session is being refreshed elsewhere');
      await pause(50);
    }
    try {
      // Read again under the claim: another instance may have refreshed since this request read them.
      const tokens = await this.current(sessionId);
      if (!tokens) return null;
      if (!this.expiring(tokens)) return { tokens, claims: null };
      if (!tokens.refreshToken) return null;
      let answer: ProviderTokens;
      try {
        answer = await this.deps.oidc.refresh(tokens.refreshToken);
      } catch (error) {
        if (!(error instanceof ProviderRefusedError)) throw error;
        this.deps.logger.info({ error: error.error }, 'the provider refused to refresh a session: it ends');
        return null;
      }
      const kept = await this.keep(sessionId, answer, tokens);
      return kept ? { tokens: kept, claims: answer.claims } : null;
    } finally {
      await this.deps.store.releaseRefresh(sessionId, claimant).catch(() => undefined);
    }
  }
}
