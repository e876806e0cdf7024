import type { CentreId, StaffRole } from '@corredor/contracts';

/** A staff account as the identity provider needs it: who signs in, for which centre, with which roles. */
export interface SignInAccount {
  id: string;
  centre: CentreId;
  email: string;
  name: string;
  roles: StaffRole[];
  /** es, en, fr, ht...: the language of the sign-in pages when the browser does not ask for one. */
  preferredLanguage: string;
  secondFactor: {
    /** The centre requires a second factor of this account's roles (coordinators and lawyers). */
    required: boolean;
    enrolled: boolean;
  };
}

/** What the identity provider asks of the staff directory (implemented by the staff feature). */
export interface IdentityAccounts {
  /** The account whose email and password these are, if it may sign in now; null otherwise (no such account, wrong password, deactivated, centre not active). */
  verifyPassword(email: string, password: string): Promise<SignInAccount | null>;
  /** The account if it may hold tokens now: active, at an active centre; null otherwise. Refresh and every token exchange ask this. */
  findActive(accountId: string): Promise<SignInAccount | null>;
  /** Checks a TOTP code of an enrolled account. */
  verifySecondFactor(accountId: string, code: string): Promise<boolean>;
  /** Starts enrolment: a new secret (not yet in force) and its otpauth:// URI for an authenticator app. */
  beginSecondFactorEnrolment(accountId: string): Promise<{ secret: string; otpauthUri: string }>;
  /** Puts the secret in force if the code matches it; false otherwise. */
  confirmSecondFactorEnrolment(accountId: string, secret: string, code: string): Promise<boolean>;
}
