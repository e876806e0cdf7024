import { z } from 'zod';
import { baseConfigSchema, DEVELOPMENT_JWT_SECRET, loadConfig, portSchema } from './config';

const schema = z.intersection(baseConfigSchema, z.object({ PORT: portSchema(3001) }));

describe('configuration', () => {
  it('reads and coerces the environment with defaults', () => {
    const config = loadConfig(schema, { AUTH_JWT_SECRET: 's'.repeat(32), PORT: '4000', OTEL_SDK_DISABLED: 'true' });
    expect(config).toMatchObject({ PORT: 4000, LOG_LEVEL: 'info', AUTH_ISSUER: 'corredor', OTEL_SDK_DISABLED: true, SHUTDOWN_TIMEOUT_MS: 10_000 });
  });

  it('names every wrong variable without printing its value', () => {
    const attempt = () => loadConfig(schema, { AUTH_JWT_SECRET: 'short-secret-value', PORT: '99999', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(/AUTH_JWT_SECRET/);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/LOG_LEVEL/);
    expect(attempt).not.toThrow(/short-secret-value/);
  });

  it('needs a secret or a JWKS URL', () => {
    expect(() => loadConfig(schema, {})).toThrow(/AUTH_JWT_SECRET \(HS256\) or AUTH_JWKS_URL/);
    expect(loadConfig(schema, { AUTH_JWKS_URL: 'https://id.example.org/.well-known/jwks.json' }).AUTH_JWKS_URL).toBeDefined();
  });

  it('refuses the published development secret in production, and takes proxy hops as a number', () => {
    expect(() => loadConfig(schema, { NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/AUTH_JWT_SECRET: is the published development secret/);
    expect(loadConfig(schema, { NODE_ENV: 'development', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET }).TRUST_PROXY).toBe(0);
    expect(loadConfig(schema, { AUTH_JWT_SECRET: 's'.repeat(32), TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(() => loadConfig(schema, { AUTH_JWT_SECRET: 's'.repeat(32), TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });
});
