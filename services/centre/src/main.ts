import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { centreService } from './service';

const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;

void runServiceProcess(
  centreService({
    publicUrl,
    invitationTtlMs: config.INVITATION_TTL_HOURS * 3600_000,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    signingKeyMaxAgeSeconds: config.SIGNING_KEY_MAX_AGE_DAYS * 24 * 3600,
    consoleRedirectUris: config.OIDC_CONSOLE_REDIRECT_URIS,
    ...(config.OIDC_WEB_CLIENT_ORIGIN ? { webClientOrigin: config.OIDC_WEB_CLIENT_ORIGIN } : {}),
    trustProxy: config.TRUST_PROXY > 0,
    production: config.NODE_ENV === 'production',
    ...(config.OIDC_COOKIE_KEYS ? { cookieKeys: config.OIDC_COOKIE_KEYS } : {}),
    ...(config.OIDC_KEY_ENCRYPTION_SECRET ? { keyEncryptionSecret: config.OIDC_KEY_ENCRYPTION_SECRET } : {}),
  }),
  config,
  telemetry,
);
