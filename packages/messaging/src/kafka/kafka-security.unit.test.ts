import { kafkaClientSecurity, kafkaSecurityEnvSchema, kafkaSecurityFromEnv, kafkaSecurityIssues } from './kafka-security';

const env = (vars: Record<string, string>) => kafkaSecurityEnvSchema.parse(vars);
const pem = (path: string) => `PEM of ${path}`;

describe('Kafka TLS and SASL from the environment', () => {
  it('talks plain text when nothing is set', () => {
    const settings = env({});
    expect(kafkaSecurityIssues(settings, true)).toEqual([]);
    expect(kafkaClientSecurity(kafkaSecurityFromEnv(settings), pem)).toEqual({});
  });

  it('verifies the brokers against the system CAs, or against a private CA with a client certificate', () => {
    expect(kafkaClientSecurity(kafkaSecurityFromEnv(env({ KAFKA_SSL: 'true' })), pem)).toEqual({ ssl: true });
    const withFiles = env({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/run/ca.pem', KAFKA_SSL_CERT_FILE: '/run/client.pem', KAFKA_SSL_KEY_FILE: '/run/client.key' });
    expect(kafkaSecurityIssues(withFiles, true)).toEqual([]);
    expect(kafkaClientSecurity(kafkaSecurityFromEnv(withFiles), pem)).toEqual({
      ssl: { rejectUnauthorized: true, ca: ['PEM of /run/ca.pem'], cert: 'PEM of /run/client.pem', key: 'PEM of /run/client.key' },
    });
  });

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'] as const)('signs in with SASL %s', (mechanism) => {
    const settings = env({ KAFKA_SSL: '1', KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: 'intake', KAFKA_SASL_PASSWORD: 'pw-of-intake' });
    expect(kafkaSecurityIssues(settings, true)).toEqual([]);
    expect(kafkaClientSecurity(kafkaSecurityFromEnv(settings), pem)).toEqual({ ssl: true, sasl: { mechanism, username: 'intake', password: 'pw-of-intake' } });
  });

  it('needs the mechanism, the user name and the password together', () => {
    const issues = kafkaSecurityIssues(env({ KAFKA_SSL: 'true', KAFKA_SASL_USERNAME: 'intake' }), false);
    expect(issues.map((issue) => issue.path).sort()).toEqual(['KAFKA_SASL_MECHANISM', 'KAFKA_SASL_PASSWORD']);
    expect(JSON.stringify(issues)).not.toContain('intake');
  });

  it('needs TLS for certificate files, and a client certificate with its key', () => {
    expect(kafkaSecurityIssues(env({ KAFKA_SSL_CA_FILE: '/run/ca.pem' }), false)).toEqual([{ path: 'KAFKA_SSL_CA_FILE', message: 'needs KAFKA_SSL=true' }]);
    expect(kafkaSecurityIssues(env({ KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: '/run/client.pem' }), false).map((issue) => issue.path)).toEqual(['KAFKA_SSL_CERT_FILE']);
  });

  it('refuses SASL PLAIN without TLS in production only: the password would cross the network in clear text', () => {
    const clear = env({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'intake', KAFKA_SASL_PASSWORD: 'pw-of-intake' });
    expect(kafkaSecurityIssues(clear, false)).toEqual([]);
    expect(kafkaSecurityIssues(clear, true).map((issue) => issue.path)).toEqual(['KAFKA_SASL_MECHANISM']);
    const scram = env({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'intake', KAFKA_SASL_PASSWORD: 'pw-of-intake' });
    expect(kafkaSecurityIssues(scram, true)).toEqual([]);
  });

  it('refuses an unknown mechanism', () => {
    expect(kafkaSecurityEnvSchema.safeParse({ KAFKA_SASL_MECHANISM: 'gssapi' }).success).toBe(false);
  });
});
