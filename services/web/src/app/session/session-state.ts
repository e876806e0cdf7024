import type { Language } from '../i18n/languages';

/** Who is signed in, as this app's server answers GET /auth/session. The token stays on the server. */
export interface SessionInfo {
  user: {
    id: string;
    name: string | null;
    email: string | null;
    roles: string[];
    /** Staff: their centre. Operators and network analysts: null (they have a network). */
    centre: string | null;
    network: string | null;
  };
  /** The staff member's centre as the registry describes it (null for network roles). */
  centre: { id: string; name: string; city: string; timeZone: string; languages: string[] } | null;
  language: Language;
  csrfToken: string;
  /** Every route the person's roles may call: `<service> <METHOD> /<path>` from the access matrix. */
  allowed: string[];
}

let current: SessionInfo | null = null;

export function setSession(session: SessionInfo | null): void {
  current = session;
}

/** The session outside React (route loaders); components use `useSession()`. */
export function currentSession(): SessionInfo | null {
  return current;
}

/**
 * Where a person's day starts, from what their roles may call: centre staff on Today; operators
 * (no centre) at their network's centres; network analysts at the network's shared figures.
 */
export function homePath(session: Pick<SessionInfo, 'allowed'> | null): '/' | '/centres' | '/network' {
  const allowed = new Set(session?.allowed ?? []);
  if (allowed.has('case GET /tasks')) return '/';
  if (allowed.has('centre GET /centres')) return '/centres';
  if (allowed.has('reporting GET /network-view/figures')) return '/network';
  return '/';
}

export function csrfToken(): string {
  return current?.csrfToken ?? '';
}

/** Sends the browser to sign in, back to where it was afterwards. */
export function signInAgain(): void {
  const returnTo = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
}
