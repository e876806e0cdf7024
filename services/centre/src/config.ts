import { baseConfigSchema, isKnownDevelopmentSecret, loadConfig, portSchema } from '@corredor/service-kit/config';
import { z } from 'zod';
import { DEVELOPMENT_COOKIE_KEY } from './development-keys';

const centreConfigSchema = z.object({
  PORT: portSchema(3006),
  /** Where people reach this service (invitation links, sign-in pages): its public https address in production. */
  PUBLIC_URL: z.url().optional(),
  /** How long an invitation link works. */
  INVITATION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(72),
  /** Access tokens live this long: it bounds how late a deactivation or a suspension takes effect. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(300),
  /** A signing key older than this is replaced (its successor signs; it stays published until its tokens expired). */
  SIGNING_KEY_MAX_AGE_DAYS: z.coerce.number().positive().default(30),
  /** Comma-separated secrets that sign the provider's cookies; the first signs, all verify (rotate by prepending). */
  OIDC_COOKIE_KEYS: z
    .string()
    .min(32)
    .transform((value) => value.split(',').map((key) => key.trim()))
    .refine((keys) => keys.every((key) => key.length >= 32), 'every key must be at least 32 characters')
    .optional(),
  /** Seals the provider's private signing keys at rest (AES-256-GCM); required in production. */
  OIDC_KEY_ENCRYPTION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Extra redirect URIs of the console client (comma-separated), e.g. a script's loopback callback. */
  OIDC_CONSOLE_REDIRECT_URIS: z
    .string()
    .transform((value) => value.split(',').map((uri) => uri.trim()).filter(Boolean))
    .default([]),
  /** Where browsers reach the staff web app (services/web), e.g. https://corredor.example.org: registers it as the client `corredor-web`. */
  OIDC_WEB_CLIENT_ORIGIN: z.url().optional(),
});


/** The environment, read once. */
export const config = loadConfig(
  z
    .intersection(baseConfigSchema, centreConfigSchema)
    .refine(
      (env) =>
        env.NODE_ENV !== 'production' ||
        (env.OIDC_COOKIE_KEYS !== undefined && !env.OIDC_COOKIE_KEYS.some((key) => key === DEVELOPMENT_COOKIE_KEY || isKnownDevelopmentSecret(key))),
      { message: 'production needs its own cookie keys (the development key is published)', path: ['OIDC_COOKIE_KEYS'] },
    )
    .refine((env) => !(env.NODE_ENV === 'production' && env.OIDC_KEY_ENCRYPTION_SECRET !== undefined && isKnownDevelopmentSecret(env.OIDC_KEY_ENCRYPTION_SECRET)), {
      message: 'is a published development secret: set your own',
      path: ['OIDC_KEY_ENCRYPTION_SECRET'],
    }),
  process.env,
);
export type CentreConfig = typeof config;
