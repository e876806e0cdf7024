import type { Language } from '../preferences/preferences-store.port';

/** Who signed in, from the provider's ID token (and its access token for what the ID token lacks). */
export interface SignedInUser {
  id: string;
  name: string | null;
  email: string | null;
  roles: string[];
  /** Staff: their centre. Operators and network analysts: null. */
  centre: string | null;
  network: string | null;
  /** The provider's `locale` claim: the language until the person picks one. */
  locale: string | null;
}

/** The person's centre as the centre service describes it (cached in the session). */
export interface CentreProfile {
  id: string;
  name: string;
  city: string;
  timeZone: string;
  languages: string[];
}

/** A sign-in the browser started and has not finished: what its return must match. */
export interface PendingSignIn {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  /** Epoch milliseconds. */
  startedAt: number;
}

declare module 'express-session' {
  interface SessionData {
    /** By `state`: a person may start signing in from two tabs. */
    signIns: Record<string, PendingSignIn>;
    user: SignedInUser;
    /** Epoch milliseconds: the session ends this long after, whatever happens. */
    signedInAt: number;
    language: Language;
    centre: CentreProfile | null;
    /** Epoch milliseconds: when the centre's profile was read. */
    centreReadAt: number;
  }
}

export {};
