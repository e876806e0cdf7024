import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { baseConfigSchema, ConfigError, DEVELOPMENT_DATA_MASTER_KEY, DEVELOPMENT_JWT_SECRET, KNOWN_DEVELOPMENT_SECRETS, loadConfig, masterKeyFrom, portSchema } from './config';

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
    expect(() => loadConfig(schema, { NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/AUTH_JWT_SECRET: is a published development secret/);
    expect(loadConfig(schema, { NODE_ENV: 'development', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET }).TRUST_PROXY).toBe(0);
    expect(loadConfig(schema, { AUTH_JWT_SECRET: 's'.repeat(32), TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(() => loadConfig(schema, { AUTH_JWT_SECRET: 's'.repeat(32), TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('refuses the development secrets next to a real database whatever NODE_ENV says (docker compose runs as development)', () => {
    const onMongo = { NODE_ENV: 'development', MONGO_URL: 'mongodb://mongo:27017/corredor?replicaSet=rs0', KAFKA_BROKERS: 'kafka:9092' };
    const own = { AUTH_JWT_SECRET: randomBytes(32).toString('hex'), DATA_MASTER_KEY: randomBytes(32).toString('base64') };
    expect(() => loadConfig(schema, { ...onMongo, ...own, AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/AUTH_JWT_SECRET: is a published development secret/);
    expect(() => loadConfig(schema, { ...onMongo, ...own, DATA_MASTER_KEY: DEVELOPMENT_DATA_MASTER_KEY })).toThrow(/DATA_MASTER_KEY/);
    expect(() => loadConfig(schema, { ...onMongo, AUTH_JWT_SECRET: own.AUTH_JWT_SECRET })).toThrow(/DATA_MASTER_KEY/);
    expect(loadConfig(schema, { ...onMongo, ...own }).MONGO_URL).toBe(onMongo.MONGO_URL);
  });

  describe('in production', () => {
    const ownKey = randomBytes(32).toString('base64');
    const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: randomBytes(32).toString('hex'), DATA_MASTER_KEY: ownKey };

    it.each([...KNOWN_DEVELOPMENT_SECRETS, 's'.repeat(32), `${'x'.repeat(48)}\n`])('refuses the published or trivial secret %j as AUTH_JWT_SECRET', (secret) => {
      expect(() => loadConfig(schema, { ...production, AUTH_JWT_SECRET: secret })).toThrow(/AUTH_JWT_SECRET: is a published development secret/);
      expect(loadConfig(schema, { ...production, NODE_ENV: 'development', AUTH_JWT_SECRET: secret }).NODE_ENV).toBe('development');
    });

    it('needs its own master key: unset or the development one is refused', () => {
      const { DATA_MASTER_KEY: _unset, ...withoutKey } = production;
      expect(() => loadConfig(schema, withoutKey)).toThrow(/DATA_MASTER_KEY: production and a MongoDB store need their own master key/);
      expect(() => loadConfig(schema, { ...production, DATA_MASTER_KEY: DEVELOPMENT_DATA_MASTER_KEY })).toThrow(/DATA_MASTER_KEY/);
      expect(() => loadConfig(schema, { ...production, DATA_MASTER_KEY: 'A'.repeat(43) + '=' })).toThrow(/DATA_MASTER_KEY/);
      expect(masterKeyFrom(loadConfig(schema, production))).toEqual(Buffer.from(ownKey, 'base64'));
    });
  });

  it('takes a master key of exactly 32 bytes in base64, the development one by default outside production', () => {
    expect(masterKeyFrom(loadConfig(schema, { AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET }))).toEqual(Buffer.from(DEVELOPMENT_DATA_MASTER_KEY, 'base64'));
    expect(masterKeyFrom(loadConfig(schema, { AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).length).toBe(32);
    for (const bad of [randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), randomBytes(32).toString('hex'), randomBytes(32).toString('base64url')]) {
      const attempt = () => loadConfig(schema, { AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET, DATA_MASTER_KEY: bad });
      expect(attempt).toThrow(/DATA_MASTER_KEY: must be base64 of exactly 32 bytes/);
      expect(attempt).not.toThrow(bad);
    }
  });

  it('refuses in-memory stores next to a real broker unless a test asks for them explicitly', () => {
    const onBroker = { AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET, KAFKA_BROKERS: 'kafka:9092' };
    expect(() => loadConfig(schema, onBroker)).toThrow(ConfigError);
    expect(() => loadConfig(schema, onBroker)).toThrow(/MONGO_URL: KAFKA_BROKERS is set but MONGO_URL is not/);
    expect(() => loadConfig(schema, { ...onBroker, ALLOW_MEMORY_STORES: 'false' })).toThrow(/MONGO_URL/);
    expect(loadConfig(schema, { ...onBroker, ALLOW_MEMORY_STORES: 'true' }).ALLOW_MEMORY_STORES).toBe(true);
    const ownSecrets = { AUTH_JWT_SECRET: randomBytes(32).toString('hex'), DATA_MASTER_KEY: randomBytes(32).toString('base64') };
    expect(loadConfig(schema, { ...onBroker, ...ownSecrets, MONGO_URL: 'mongodb://mongo:27017/intake?replicaSet=rs0' }).MONGO_URL).toBeDefined();
    expect(loadConfig(schema, { AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET }).ALLOW_MEMORY_STORES).toBe(false);
  });

  it('reads Kafka TLS and SASL, refusing SASL PLAIN without TLS in production, without printing the password', () => {
    const sasl = { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'intake', KAFKA_SASL_PASSWORD: 'kafka-password-of-intake' };
    const production = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://id.example.org/jwks', DATA_MASTER_KEY: randomBytes(32).toString('base64'), ...sasl };
    expect(() => loadConfig(schema, production)).toThrow(/KAFKA_SASL_MECHANISM: SASL PLAIN sends the password in clear text/);
    expect(() => loadConfig(schema, production)).not.toThrow(/kafka-password-of-intake/);
    expect(loadConfig(schema, { ...production, KAFKA_SSL: 'true' })).toMatchObject({ KAFKA_SSL: true, KAFKA_SASL_MECHANISM: 'plain' });
    expect(() => loadConfig(schema, { AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET, KAFKA_SASL_USERNAME: 'intake' })).toThrow(/KAFKA_SASL_PASSWORD/);
  });
});
