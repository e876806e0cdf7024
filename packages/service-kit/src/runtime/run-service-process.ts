import { LocalKeyWrapper } from '@corredor/crypto';
import { KafkaBus, kafkaSecurityFromEnv, type MessageBus } from '@corredor/messaging';
import { connectMongo, MongoSetupError } from '@corredor/persistence';
import type { Connection } from 'mongoose';
import { createTokenVerifier } from '../auth/authenticator';
import { masterKeyFrom, type BaseConfig } from '../config/config';
import { exitGracefullyOnSignals } from '../lifecycle/shutdown-signals';
import { createLogger } from '../logging/logger';
import { rateLimitSettingsFromConfig } from '../rate-limit/rate-limit-settings';
import type { Telemetry } from '../telemetry/telemetry';
import type { ServiceDefinition } from './service-module';
import { startService } from './start-service';

/**
 * The composition root of a service running as its own process: Kafka for messaging, MongoDB when
 * MONGO_URL is set (memory otherwise), and a graceful exit on SIGTERM.
 */
export async function runServiceProcess(
  definition: ServiceDefinition,
  config: BaseConfig & { PORT: number },
  telemetry: Telemetry,
): Promise<void> {
  const logger = createLogger(`corredor-${definition.name}`, config.LOG_LEVEL);
  if (!config.KAFKA_BROKERS) {
    logger.fatal({}, 'KAFKA_BROKERS is not set: a service process needs Kafka (use `npm start` to run everything in one process)');
    process.exit(2);
  }
  const bus: MessageBus = new KafkaBus({
    clientId: `corredor-${definition.name}`,
    brokers: config.KAFKA_BROKERS.split(','),
    logger,
    security: kafkaSecurityFromEnv(config),
  });
  // The config refuses KAFKA_BROKERS without MONGO_URL unless ALLOW_MEMORY_STORES=true (tests).
  const mongo: Connection | null = config.MONGO_URL ? await connectMongo(config.MONGO_URL).catch(refuse(logger)) : null;
  if (!mongo) logger.warn({}, 'ALLOW_MEMORY_STORES: data is kept in memory and lost on exit, while the broker remembers what was consumed');
  const running = await startService(definition, {
    port: config.PORT,
    host: config.HOST,
    bus,
    logger,
    mongo,
    keyWrapper: new LocalKeyWrapper(masterKeyFrom(config)),
    clock: () => new Date(),
    verifyToken: createTokenVerifier({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      ...(config.AUTH_JWT_SECRET ? { secret: config.AUTH_JWT_SECRET } : {}),
      ...(config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : {}),
      ...(config.AUTH_OIDC_ISSUER ? { jwksIssuer: config.AUTH_OIDC_ISSUER } : {}),
      maxTokenAgeSeconds: config.AUTH_MAX_TOKEN_AGE_SECONDS,
    }),
    bodyLimit: config.HTTP_BODY_LIMIT,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    trustProxy: config.TRUST_PROXY,
    rateLimits: rateLimitSettingsFromConfig(config),
  }).catch(refuse(logger));
  exitGracefullyOnSignals(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await running.stop();
    await bus.stop();
    await mongo?.close();
    await telemetry.shutdown();
  });
}

/** A start-up the database cannot serve ends the process with a readable reason (it names collections and indexes, never data). */
function refuse(logger: ReturnType<typeof createLogger>) {
  return (error: unknown): never => {
    if (!(error instanceof MongoSetupError)) throw error;
    logger.fatal({ errorName: error.name }, error.message);
    process.exit(2);
  };
}
