import { createLogger, exitGracefullyOnSignals } from '@corredor/service-kit';
import { openMongoStores } from './server/storage/web-stores.mongo';
import { DEVELOPMENT_SESSION_SECRET, MemoryPreferencesStore, MemorySessionStore, publicUrlOf, readWebConfig, startWebService } from './server/web-service';

/** The staff web app as its own process (its container): `node dist/main.js`. */
async function main(): Promise<void> {
  const config = readWebConfig();
  const logger = createLogger('corredor-web', config.LOG_LEVEL);
  const clock = () => new Date();
  const mongo = config.MONGO_URL ? await openMongoStores(config.MONGO_URL, clock) : null;
  if (!mongo) logger.warn({}, 'sessions are kept in memory: everyone is signed out when this process stops');
  if (!config.SESSION_SECRETS) logger.warn({}, 'SESSION_SECRETS is not set: the published development secret signs the cookies');
  const running = await startWebService({
    port: config.PORT,
    host: config.HOST,
    publicUrl: publicUrlOf(config),
    issuer: config.OIDC_ISSUER,
    ...(config.OIDC_INTERNAL_ORIGIN ? { issuerInternalOrigin: config.OIDC_INTERNAL_ORIGIN } : {}),
    clientId: config.OIDC_CLIENT_ID,
    scopes: config.OIDC_SCOPES,
    serviceUrls: config.SERVICE_URLS,
    sessionSecrets: config.SESSION_SECRETS ?? [DEVELOPMENT_SESSION_SECRET],
    sessions: mongo?.sessions ?? new MemorySessionStore(clock),
    preferences: mongo?.preferences ?? new MemoryPreferencesStore(),
    logger,
    allowHttpProvider: config.NODE_ENV !== 'production',
    trustProxy: config.TRUST_PROXY,
    idleTimeoutMs: config.SESSION_IDLE_MINUTES * 60_000,
    maxSessionMs: config.SESSION_MAX_HOURS * 3600_000,
    clock,
  });
  exitGracefullyOnSignals(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await running.stop();
    await mongo?.close();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
