import { KafkaBus, type MessageBus } from '@corredor/messaging';
import { connectMongo } from '@corredor/persistence';
import type { Connection } from 'mongoose';
import { createTokenVerifier } from '../auth/authenticator';
import type { BaseConfig } from '../config/config';
import { exitGracefullyOnSignals } from '../lifecycle/shutdown-signals';
import { createLogger } from '../logging/logger';
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
  const bus: MessageBus = new KafkaBus({ clientId: `corredor-${definition.name}`, brokers: config.KAFKA_BROKERS.split(','), logger });
  const mongo: Connection | null = config.MONGO_URL ? await connectMongo(config.MONGO_URL) : null;
  if (!mongo) logger.warn({}, 'MONGO_URL is not set: data is kept in memory and lost on exit');
  const running = await startService(definition, {
    port: config.PORT,
    host: config.HOST,
    bus,
    logger,
    mongo,
    clock: () => new Date(),
    verifyToken: createTokenVerifier({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      ...(config.AUTH_JWT_SECRET ? { secret: config.AUTH_JWT_SECRET } : {}),
      ...(config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : {}),
      ...(config.AUTH_OIDC_ISSUER ? { jwksIssuer: config.AUTH_OIDC_ISSUER } : {}),
    }),
    bodyLimit: config.HTTP_BODY_LIMIT,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    trustProxy: config.TRUST_PROXY,
  });
  exitGracefullyOnSignals(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await running.stop();
    await bus.stop();
    await mongo?.close();
    await telemetry.shutdown();
  });
}
