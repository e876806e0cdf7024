import type { Logger } from '@corredor/service-kit';
import type { csrfProtection } from '../csrf/csrf-protection';
import type { PreferencesStore } from '../preferences/preferences-store.port';
import type { CentreProfileDeps } from './centre-profile';
import type { OidcClient } from './oidc-client.port';
import type { sessionGuard, SessionGuardDeps } from './session-guard';
import type { TokenKeeper } from './token-keeper';

/** What the sign-in, sign-out, session and preference routes work with. */
export interface AuthDeps {
  oidc: OidcClient;
  keeper: TokenKeeper;
  preferences: PreferencesStore;
  guard: ReturnType<typeof sessionGuard>;
  csrf: ReturnType<typeof csrfProtection>;
  /** Where browsers reach the app (its origin, no trailing slash). */
  publicUrl: string;
  clock: () => Date;
  logger: Logger;
  centreProfile: CentreProfileDeps;
  cookie: Pick<SessionGuardDeps, 'cookieName' | 'secure'>;
}
