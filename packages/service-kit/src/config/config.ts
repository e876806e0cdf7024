import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** The development HS256 secret (npm start, tests, docker compose's default): published, so refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'corredor-development-secret-change-me-0123456789';

/** Settings every service reads. Each service extends this with its own and reads the environment once. */
export const baseConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().default('0.0.0.0'),
    /** Comma-separated bootstrap servers; without it a service cannot run alone (use npm start for one process). */
    KAFKA_BROKERS: z.string().min(1).optional(),
    /** MongoDB connection string; without it the service keeps its data in memory. */
    MONGO_URL: z.string().min(1).optional(),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** The identity provider's JWKS: the centre service's /oidc/jwks, or a network's own provider (Keycloak, Entra ID). */
    AUTH_JWKS_URL: z.url().optional(),
    /** The `iss` of HS256 development tokens. */
    AUTH_ISSUER: z.string().min(1).default('corredor'),
    /** The `iss` of the identity provider's tokens; defaults to AUTH_ISSUER. */
    AUTH_OIDC_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).default('corredor-api'),
    HTTP_BODY_LIMIT: z.string().default('100kb'),
    /**
     * How many reverse proxies stand in front (0: none). Client addresses then come from that many
     * X-Forwarded-For hops back, never from what the client itself wrote further left.
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(500),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    OTEL_SDK_DISABLED: booleanFromEnv.default(false),
  })
  .refine((config) => config.AUTH_JWT_SECRET !== undefined || config.AUTH_JWKS_URL !== undefined, {
    message: 'set AUTH_JWT_SECRET (HS256) or AUTH_JWKS_URL',
    path: ['AUTH_JWT_SECRET'],
  })
  .refine((config) => !(config.NODE_ENV === 'production' && config.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET), {
    message: 'is the published development secret: anyone could sign tokens; set your own or leave it unset (JWKS only)',
    path: ['AUTH_JWT_SECRET'],
  });

export type BaseConfig = z.infer<typeof baseConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validates the environment; the error names the variables and what is wrong, never their values. */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`invalid configuration:\n${problems}`);
  }
  return result.data;
}

export function portSchema(defaultPort: number) {
  return z.coerce.number().int().min(1).max(65535).default(defaultPort);
}
