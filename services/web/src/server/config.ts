import { API_SERVICES, type ApiService } from '@corredor/contracts';
import { baseConfigSchema, isKnownDevelopmentSecret, loadConfig, portSchema } from '@corredor/service-kit/config';
import { z } from 'zod';

/** Signs the session cookie of `npm start` and tests: published, so refused wherever real data is. */
export const DEVELOPMENT_SESSION_SECRET = 'corredor-development-session-secret-change-me-0123456789';

/** What the web app asks the provider for: who the person is, their centre and roles, the API, and a refresh token. */
export const DEFAULT_SCOPES = 'openid profile email corredor api offline_access';

const DEFAULT_SERVICE_URLS = API_SERVICES.map((service, index) => `${service}=http://127.0.0.1:${3001 + index}`).join(',');

const origin = (what: string) =>
  z.url().refine((value) => {
    const url = new URL(value);
    return url.pathname === '/' && url.search === '' && url.hash === '';
  }, `${what} must be an origin such as https://corredor.example.org, with no path`);

/** `intake=http://intake:3001,case=...`: where each of the six services' APIs is, from this server. */
export const serviceUrlsSchema = z.string().transform((value, context): Record<ApiService, string> => {
  const urls: Partial<Record<ApiService, string>> = {};
  for (const pair of value.split(',').map((item) => item.trim()).filter(Boolean)) {
    const [name = '', url = ''] = pair.split(/=(.*)/s).map((part) => part.trim());
    if (!(API_SERVICES as readonly string[]).includes(name)) {
      context.addIssue({ code: 'custom', message: `"${name}" is not one of ${API_SERVICES.join(', ')}` });
      continue;
    }
    if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) {
      context.addIssue({ code: 'custom', message: `${name}: "${url}" is not an http(s) URL` });
      continue;
    }
    urls[name as ApiService] = url.replace(/\/+$/, '');
  }
  const missing = API_SERVICES.filter((service) => urls[service] === undefined);
  if (missing.length > 0) context.addIssue({ code: 'custom', message: `missing ${missing.join(', ')}` });
  return urls as Record<ApiService, string>;
});

const secrets = z
  .string()
  .transform((value) => value.split(',').map((secret) => secret.trim()).filter(Boolean))
  .refine((list) => list.length > 0 && list.every((secret) => secret.length >= 32), 'every secret must be at least 32 characters');

export const webConfigSchema = z
  .object({
    NODE_ENV: baseConfigSchema.shape.NODE_ENV,
    LOG_LEVEL: baseConfigSchema.shape.LOG_LEVEL,
    HOST: baseConfigSchema.shape.HOST,
    PORT: portSchema(3000),
    /** Where browsers reach this app (its origin): the OpenID Connect redirect and cookies are built on it. https in production. */
    PUBLIC_URL: origin('PUBLIC_URL').optional(),
    /** The identity provider: the centre service's `<its public URL>/oidc`, or a network's own provider. */
    OIDC_ISSUER: z.url().default('http://127.0.0.1:3006/oidc'),
    /** Where this server reaches the provider when the issuer's address does not resolve from here (compose: http://centre:3006). */
    OIDC_INTERNAL_ORIGIN: origin('OIDC_INTERNAL_ORIGIN').optional(),
    OIDC_CLIENT_ID: z.string().min(1).default('corredor-web'),
    OIDC_SCOPES: z.string().min(1).default(DEFAULT_SCOPES),
    SERVICE_URLS: serviceUrlsSchema.default(() => serviceUrlsSchema.parse(DEFAULT_SERVICE_URLS)),
    /** Comma-separated: the first signs session cookies and CSRF tokens, all verify (rotate by prepending). */
    SESSION_SECRETS: secrets.optional(),
    /** A session ends after this long without a request... */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(8 * 60),
    /** ...and this long after sign-in, whatever happens (then the person signs in again). */
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
    /** Sessions and preferences in MongoDB; without it, in memory (npm start, tests). */
    MONGO_URL: baseConfigSchema.shape.MONGO_URL,
    ALLOW_MEMORY_STORES: baseConfigSchema.shape.ALLOW_MEMORY_STORES,
    /** Reverse proxies in front (a TLS terminator: 1). The client's address is taken that many X-Forwarded-For hops back. */
    TRUST_PROXY: baseConfigSchema.shape.TRUST_PROXY,
    SHUTDOWN_TIMEOUT_MS: baseConfigSchema.shape.SHUTDOWN_TIMEOUT_MS,
  })
  .superRefine((env, context) => {
    const production = env.NODE_ENV === 'production';
    const realData = production || env.MONGO_URL !== undefined;
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (realData && (env.SESSION_SECRETS ?? [DEVELOPMENT_SESSION_SECRET]).some((secret) => secret === DEVELOPMENT_SESSION_SECRET || isKnownDevelopmentSecret(secret))) {
      issue('SESSION_SECRETS', 'production and a MongoDB store need their own secrets (openssl rand -base64 48): the development one is published');
    }
    if (!production) return;
    if (env.PUBLIC_URL === undefined || new URL(env.PUBLIC_URL).protocol !== 'https:') issue('PUBLIC_URL', 'production needs the https address browsers use');
    if (new URL(env.OIDC_ISSUER).protocol !== 'https:') issue('OIDC_ISSUER', 'production needs an https issuer');
    if (env.MONGO_URL === undefined && !env.ALLOW_MEMORY_STORES) issue('MONGO_URL', 'production keeps sessions in MongoDB (ALLOW_MEMORY_STORES=true only for a test)');
    // https ends at a proxy in front: without trusting it, cookies could not be marked Secure and every person would have its address.
    if (env.TRUST_PROXY < 1) issue('TRUST_PROXY', 'production runs behind the TLS-terminating proxy: set how many proxies are in front (1)');
  });

export type WebConfig = z.infer<typeof webConfigSchema>;

/** The environment, read once. */
export function readWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  return loadConfig(webConfigSchema, env);
}

/** Where browsers reach the app: PUBLIC_URL, or this host and port (development). */
export function publicUrlOf(config: Pick<WebConfig, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`).replace(/\/+$/, '');
}
