/** The development HS256 secret (npm start, tests, `npm run token`): published, so refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'corredor-development-secret-change-me-0123456789';

/**
 * The development master key that wraps the centres' data keys (npm start, tests): base64 of the
 * 32 bytes "corredor-development-master-key!", published, so refused in production.
 */
export const DEVELOPMENT_DATA_MASTER_KEY = 'Y29ycmVkb3ItZGV2ZWxvcG1lbnQtbWFzdGVyLWtleSE=';

/**
 * Every secret written anywhere in this repository (code, tests, scripts, compose, README): all of
 * them are public, so a production start-up refuses each of them wherever a secret is configured.
 * A secret added to a test or a script belongs here too.
 */
export const KNOWN_DEVELOPMENT_SECRETS: ReadonlySet<string> = new Set([
  DEVELOPMENT_JWT_SECRET,
  DEVELOPMENT_DATA_MASTER_KEY,
  // services/centre/src/development-keys.ts: the identity provider's development cookie key.
  'corredor-development-cookie-key-change-me-0123456789',
  // services/web/src/server/config.ts: the web app's development session secret (npm start).
  'corredor-development-session-secret-change-me-0123456789',
  // infra/e2e/src/image-build.e2e.test.ts and services/centre's key-rotation test.
  'production-secret-of-this-test-0123456789abcdef',
  'a-key-encryption-secret-of-32-characters',
]);

/**
 * True for a secret that must not protect a deployment: a published one, or one character (or, for
 * a base64 key, one byte) repeated, as tests write them (`'s'.repeat(32)`): no secret at all.
 */
export function isKnownDevelopmentSecret(value: string): boolean {
  const trimmed = value.trim();
  if (KNOWN_DEVELOPMENT_SECRETS.has(trimmed)) return true;
  if (trimmed.length > 0 && new Set(trimmed).size === 1) return true;
  if (!/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) return false;
  // A master key: compared by its bytes, and one byte repeated (all zeros) is no key either.
  const bytes = Buffer.from(trimmed, 'base64');
  return bytes.equals(Buffer.from(DEVELOPMENT_DATA_MASTER_KEY, 'base64')) || new Set(bytes).size === 1;
}
