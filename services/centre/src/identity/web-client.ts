import type { PublicClientSettings } from './identity-provider';

/** The staff web app's client id: OIDC_CLIENT_ID of services/web. */
export const WEB_CLIENT_ID = 'corredor-web';

/**
 * The staff web app (services/web) as a client of the provider, at the origin where browsers reach
 * it: it signs people in at `<origin>/auth/callback` and brings them back to `<origin>/` after
 * sign-out. It is the network's own app, so its staff are not asked to consent to it.
 */
export function webClient(origin: string): PublicClientSettings {
  const base = new URL(origin).origin;
  return { clientId: WEB_CLIENT_ID, name: 'Corredor', redirectUris: [`${base}/auth/callback`], postLogoutRedirectUris: [`${base}/`], consentImplied: true };
}
