import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Keys that may hold personal data anywhere in a log line. Logging code should not pass them at
 * all; this is the net under that rule.
 */
export const PERSONAL_DATA_KEYS = ['alias', 'name', 'fullName', 'phone', 'email', 'address', 'curp', 'rfc', 'nss', 'yearOfBirth', 'contact', 'body', 'password', 'token'];

export function createLogger(service: string, level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        ...PERSONAL_DATA_KEYS,
        ...PERSONAL_DATA_KEYS.map((key) => `*.${key}`),
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
