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
      // The logger's own `name` (the service, on every line) is no one's personal data: it stays.
      censor: (value: unknown, path: string[]) => (path.length === 1 && path[0] === 'name' && value === service ? value : '[redacted]'),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
