import { kafkaSecurityEnvSchema, kafkaSecurityIssues } from '@corredor/messaging';
import { z } from 'zod';
import { DEVELOPMENT_DATA_MASTER_KEY, isKnownDevelopmentSecret } from './development-secrets';

export { DEVELOPMENT_DATA_MASTER_KEY, DEVELOPMENT_JWT_SECRET, isKnownDevelopmentSecret, KNOWN_DEVELOPMENT_SECRETS } from './development-secrets';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const masterKey = z
  .string()
  .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32, 'must be base64 of exactly 32 bytes (openssl rand -base64 32)');

/**
 * Where the published development secrets are refused: in production, and wherever a service keeps
 * its data in MongoDB, whatever NODE_ENV says (docker compose runs with NODE_ENV=development on a
 * real database: a development secret there would let anyone sign tokens for any centre).
 */
function holdsRealData(config: { NODE_ENV: string; MONGO_URL?: string | undefined }): boolean {
  return config.NODE_ENV === 'production' || config.MONGO_URL !== undefined;
}

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
    /**
     * A process on a real broker with in-memory stores loses everything at its next start while the
     * broker remembers what it consumed: only tests may ask for that.
     */
    ALLOW_MEMORY_STORES: booleanFromEnv.default(false),
    ...kafkaSecurityEnvSchema.shape,
    /** Wraps the centres' data keys (base64 of 32 bytes); required in production. */
    DATA_MASTER_KEY: masterKey.default(DEVELOPMENT_DATA_MASTER_KEY),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** The identity provider's JWKS: the centre service's /oidc/jwks, or a network's own provider (Keycloak, Entra ID). */
    AUTH_JWKS_URL: z.url().optional(),
    /** The `iss` of HS256 development tokens. */
    AUTH_ISSUER: z.string().min(1).default('corredor'),
    /** The `iss` of the identity provider's tokens; defaults to AUTH_ISSUER. */
    AUTH_OIDC_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).default('corredor-api'),
    /** The longest any access token is accepted after it was issued, whatever its expiry (seconds; default 12 hours). */
    AUTH_MAX_TOKEN_AGE_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
    HTTP_BODY_LIMIT: z.string().default('100kb'),
    /**
     * How many reverse proxies stand in front (0: none). Client addresses then come from that many
     * X-Forwarded-For hops back, never from what the client itself wrote further left.
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
    /** Requests per minute on /v1 (writes: POST, PUT, PATCH, DELETE; reads: GET), per user, per centre and per client address. */
    RATE_LIMIT_USER_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(2_400),
    RATE_LIMIT_CENTRE_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(6_000),
    RATE_LIMIT_ADDRESS_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(6_000),
    RATE_LIMIT_USER_READS_PER_MINUTE: z.coerce.number().int().positive().default(6_000),
    RATE_LIMIT_CENTRE_READS_PER_MINUTE: z.coerce.number().int().positive().default(20_000),
    RATE_LIMIT_ADDRESS_READS_PER_MINUTE: z.coerce.number().int().positive().default(20_000),
    /** Requests refused for a missing or bad token from one address within 10 minutes before that address is refused for 10 minutes. */
    RATE_LIMIT_FAILED_AUTH_PER_10_MINUTES: z.coerce.number().int().positive().default(300),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(500),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    OTEL_SDK_DISABLED: booleanFromEnv.default(false),
  })
  .refine((config) => config.AUTH_JWT_SECRET !== undefined || config.AUTH_JWKS_URL !== undefined, {
    message: 'set AUTH_JWT_SECRET (HS256) or AUTH_JWKS_URL',
    path: ['AUTH_JWT_SECRET'],
  })
  .refine((config) => !(holdsRealData(config) && config.AUTH_JWT_SECRET !== undefined && isKnownDevelopmentSecret(config.AUTH_JWT_SECRET)), {
    message: 'is a published development secret: anyone could sign tokens; set your own or leave it unset (JWKS only)',
    path: ['AUTH_JWT_SECRET'],
  })
  .refine((config) => !(holdsRealData(config) && isKnownDevelopmentSecret(config.DATA_MASTER_KEY)), {
    message: 'production and a MongoDB store need their own master key (openssl rand -base64 32): the development one is published',
    path: ['DATA_MASTER_KEY'],
  })
  .refine((config) => !(config.KAFKA_BROKERS !== undefined && config.MONGO_URL === undefined && !config.ALLOW_MEMORY_STORES), {
    message:
      'KAFKA_BROKERS is set but MONGO_URL is not: after a restart the broker resumes past everything this process held in memory. Set MONGO_URL, or ALLOW_MEMORY_STORES=true for a test',
    path: ['MONGO_URL'],
  })
  .superRefine((config, context) => {
    for (const issue of kafkaSecurityIssues(config, config.NODE_ENV === 'production')) {
      context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }
  });

/** The master key's 32 bytes. */
export function masterKeyFrom(config: Pick<BaseConfig, 'DATA_MASTER_KEY'>): Buffer {
  return Buffer.from(config.DATA_MASTER_KEY, 'base64');
}

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
