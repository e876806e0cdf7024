import { randomBytes } from 'node:crypto';
import session from 'express-session';
import type { RequestHandler } from 'express';
import { PortSessionStore } from './port-session-store';
import type { SessionStore } from './session-store.port';
import './web-session';

export interface SessionSettings {
  store: SessionStore;
  /** The first signs the cookie, all verify. */
  secrets: string[];
  /** PUBLIC_URL is https: the cookie is Secure and takes the `__Host-` prefix (this host only, path /). */
  secure: boolean;
  idleMs: number;
  clock: () => Date;
}

/** The session cookie's name: `__Host-corredor` over https (no subdomain may set or read it), `corredor_web` on a laptop. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-corredor' : 'corredor_web';
}

/**
 * The browser holds only this: an httpOnly cookie naming a session kept on the server. SameSite=Lax,
 * as the provider sends the person back with a top-level GET from its own site; no Max-Age, so a
 * shared computer's browser forgets it when closed, and the server forgets it after `idleMs`
 * without a request (and, in `signedIn`, some hours after sign-in whatever happens).
 */
export function sessionMiddleware(settings: SessionSettings): RequestHandler {
  return session({
    name: sessionCookieName(settings.secure),
    secret: settings.secrets,
    store: new PortSessionStore(settings.store, settings.idleMs, settings.clock),
    resave: false,
    saveUninitialized: false,
    rolling: false,
    unset: 'destroy',
    genid: () => randomBytes(32).toString('base64url'),
    cookie: { httpOnly: true, sameSite: 'lax', secure: settings.secure, path: '/' },
  });
}
