/**
 * The web app's sessions, shared by every instance of it: what express-session keeps (JSON), until
 * when, and beside it the person's tokens (sealed) and who is refreshing them now. The tokens are
 * kept apart from the session's data so that a request that saves its copy of the session never
 * puts back tokens another request has already replaced (a spent refresh token would revoke the
 * whole sign-in). Records vanish when they expire, measured with the injected clock.
 */
export interface SessionStore {
  /** The session's data, while it lives. */
  find(id: string): Promise<string | null>;
  /** Creates or replaces the session's data and when it expires; its tokens stay as they are. */
  save(id: string, data: string, expiresAt: Date): Promise<void>;
  /** Moves the expiry (activity keeps a session alive); nothing if the session is gone. */
  touch(id: string, expiresAt: Date): Promise<void>;
  /** Forgets the session, its tokens and any claim on them. */
  destroy(id: string): Promise<void>;
  /** The session's tokens (sealed), while it lives. */
  findTokens(id: string): Promise<string | null>;
  /** Replaces the session's tokens; false if the session is gone (a sign-out won the race). */
  saveTokens(id: string, sealed: string): Promise<boolean>;
  /**
   * Claims the right to refresh the session's tokens until `until`: true for one claimant at a
   * time (another instance's claim holds until it is released or runs out).
   */
  claimRefresh(id: string, claimant: string, until: Date): Promise<boolean>;
  /** Gives a claim back (only the claimant's own). */
  releaseRefresh(id: string, claimant: string): Promise<void>;
  isReachable(): Promise<boolean>;
}
