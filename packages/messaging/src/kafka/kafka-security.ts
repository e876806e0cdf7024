import { readFileSync } from 'node:fs';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import { z } from 'zod';

export const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

/** How a client reaches the brokers: TLS (with a private CA and a client certificate) and SASL. */
export interface KafkaSecurity {
  tls: false | { caFile?: string; certFile?: string; keyFile?: string };
  sasl?: { mechanism: (typeof SASL_MECHANISMS)[number]; username: string; password: string };
}

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .default(false);
const setting = z.string().min(1).optional();

/** The environment variables that configure the brokers' security (read by every service and the topic set-up). */
export const kafkaSecurityEnvSchema = z.object({
  /** TLS to the brokers, verified against the system's CAs or KAFKA_SSL_CA_FILE; never unverified. */
  KAFKA_SSL: flag,
  KAFKA_SSL_CA_FILE: setting,
  /** A client certificate and its key (PEM files), for brokers that authenticate clients by TLS. */
  KAFKA_SSL_CERT_FILE: setting,
  KAFKA_SSL_KEY_FILE: setting,
  KAFKA_SASL_MECHANISM: z.enum(SASL_MECHANISMS).optional(),
  KAFKA_SASL_USERNAME: setting,
  KAFKA_SASL_PASSWORD: setting,
});
export type KafkaSecurityEnv = z.infer<typeof kafkaSecurityEnvSchema>;

export interface KafkaSecurityIssue {
  path: keyof KafkaSecurityEnv;
  message: string;
}

/** What is wrong with the settings; never their values. Production refuses a password in clear text. */
export function kafkaSecurityIssues(env: KafkaSecurityEnv, production: boolean): KafkaSecurityIssue[] {
  const issues: KafkaSecurityIssue[] = [];
  const files = ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE'] as const;
  for (const path of files) {
    if (env[path] !== undefined && !env.KAFKA_SSL) issues.push({ path, message: 'needs KAFKA_SSL=true' });
  }
  if ((env.KAFKA_SSL_CERT_FILE === undefined) !== (env.KAFKA_SSL_KEY_FILE === undefined)) {
    issues.push({ path: 'KAFKA_SSL_CERT_FILE', message: 'a client certificate needs its key: set both KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE' });
  }
  const sasl = ['KAFKA_SASL_MECHANISM', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'] as const;
  const saslSet = sasl.filter((path) => env[path] !== undefined);
  if (saslSet.length > 0) {
    for (const path of sasl) if (env[path] === undefined) issues.push({ path, message: `SASL needs ${sasl.join(', ')}` });
  }
  if (production && env.KAFKA_SASL_MECHANISM === 'plain' && !env.KAFKA_SSL) {
    issues.push({ path: 'KAFKA_SASL_MECHANISM', message: 'SASL PLAIN sends the password in clear text: set KAFKA_SSL=true (or use scram-sha-512)' });
  }
  return issues;
}

/** The settings, once kafkaSecurityIssues found nothing wrong. */
export function kafkaSecurityFromEnv(env: KafkaSecurityEnv): KafkaSecurity {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = env;
  return {
    tls: env.KAFKA_SSL
      ? {
          ...(env.KAFKA_SSL_CA_FILE ? { caFile: env.KAFKA_SSL_CA_FILE } : {}),
          ...(env.KAFKA_SSL_CERT_FILE ? { certFile: env.KAFKA_SSL_CERT_FILE } : {}),
          ...(env.KAFKA_SSL_KEY_FILE ? { keyFile: env.KAFKA_SSL_KEY_FILE } : {}),
        }
      : false,
    ...(mechanism && username && password ? { sasl: { mechanism, username, password } } : {}),
  };
}

/**
 * The kafkajs `ssl` and `sasl` options. Certificates are read once, here; `rejectUnauthorized` is
 * always true (a broker whose certificate does not verify is refused).
 */
export function kafkaClientSecurity(
  security: KafkaSecurity,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const { tls, sasl } = security;
  const ssl: KafkaConfig['ssl'] =
    tls === false
      ? undefined
      : tls.caFile === undefined && tls.certFile === undefined
        ? true
        : {
            rejectUnauthorized: true,
            ...(tls.caFile === undefined ? {} : { ca: [readFile(tls.caFile)] }),
            ...(tls.certFile === undefined ? {} : { cert: readFile(tls.certFile) }),
            ...(tls.keyFile === undefined ? {} : { key: readFile(tls.keyFile) }),
          };
  return {
    ...(ssl === undefined ? {} : { ssl }),
    ...(sasl === undefined ? {} : { sasl: saslOptions(sasl) }),
  };
}

function saslOptions({ mechanism, username, password }: NonNullable<KafkaSecurity['sasl']>): SASLOptions {
  switch (mechanism) {
    case 'plain':
      return { mechanism, username, password };
    case 'scram-sha-256':
      return { mechanism, username, password };
    case 'scram-sha-512':
      return { mechanism, username, password };
  }
}
