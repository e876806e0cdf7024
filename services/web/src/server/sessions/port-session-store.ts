import session, { type SessionData } from 'express-session';
import type { SessionStore } from './session-store.port';

/** How long a sign-in that was started may take to come back. */
export const PENDING_SIGN_IN_MS = 10 * 60_000;

/**
 * express-session's store over the SessionStore port. A signed-in session lives `idleMs` after its
 * last request (every request moves it on); one that only holds a sign-in in progress, ten minutes.
 */
export class PortSessionStore extends session.Store {
  constructor(
    private readonly port: SessionStore,
    private readonly idleMs: number,
    private readonly clock: () => Date,
  ) {
    super();
  }

  override get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    this.port.find(sid).then((data) => {
      let parsed: SessionData | null = null;
      try {
        parsed = data === null ? null : (JSON.parse(data) as SessionData);
      } catch {
        // A record that is not JSON is no session.
      }
      callback(null, parsed);
    }, callback);
  }

  override set(sid: string, data: SessionData, callback?: (err?: unknown) => void): void {
    this.port.save(sid, JSON.stringify(data), this.expiryOf(data)).then(() => callback?.(), (error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.port.destroy(sid).then(() => callback?.(), (error: unknown) => callback?.(error));
  }

  override touch(sid: string, data: SessionData, callback?: () => void): void {
    // A failed touch only shortens the session: the request it came with has been answered.
    this.port.touch(sid, this.expiryOf(data)).then(
      () => callback?.(),
      () => callback?.(),
    );
  }

  private expiryOf(data: SessionData): Date {
    return new Date(this.clock().getTime() + (data.user ? this.idleMs : PENDING_SIGN_IN_MS));
  }
}
