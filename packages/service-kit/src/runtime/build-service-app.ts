import { eventRegistry } from '@corredor/contracts';
import { OutboxRelay, startSubscription, type MessageBus } from '@corredor/messaging';
import { MemoryProcessedEvents } from '@corredor/persistence';
import type { Express } from 'express';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/authenticator';
import { CentreDirectory } from '../centres/centre-directory';
import { centreDirectoryGroup, centreDirectorySubscription } from '../centres/centre-directory.subscriber';
import { createHttpApp } from '../http/create-http-app';
import type { HealthState } from '../http/health';
import type { ServiceDefinition, ServiceModule } from './service-module';

export interface AppDeps {
  bus: MessageBus;
  logger: Logger;
  verifyToken: TokenVerifier;
  mongo: Connection | null;
  clock: () => Date;
  bodyLimit?: string;
  outboxPollIntervalMs?: number;
  trustProxy?: number;
  /** A directory fed by someone else (tests inject a loaded one); without it the service reads the centre topic itself. */
  centres?: CentreDirectory;
}

export interface BuiltService {
  app: Express;
  module: ServiceModule;
  /** Present when the service publishes events; not started yet. */
  relay: OutboxRelay | null;
  health: HealthState;
  centres: CentreDirectory;
  /**
   * Starts reading the centre topic (unless the directory was injected) and joins the consumer
   * groups of the service's subscribers: at once when the directory is loaded, otherwise as soon as
   * it is, so no handler meets a centre this process has not read yet.
   */
  startConsuming(): Promise<void>;
}

/** Builds a service's express app and parts without listening or consuming, so tests can drive it. */
export function buildServiceApp(definition: ServiceDefinition, deps: AppDeps): BuiltService {
  let relay: OutboxRelay | null = null;
  const centres = deps.centres ?? new CentreDirectory();
  const module = definition.create({ logger: deps.logger, clock: deps.clock, mongo: deps.mongo, centres, outboxWritten: () => relay?.notify() });
  if (module.outbox) {
    relay = new OutboxRelay({
      store: module.outbox,
      publisher: deps.bus,
      logger: deps.logger,
      pollIntervalMs: deps.outboxPollIntervalMs ?? 500,
    });
  }
  const health: HealthState = { draining: false };
  const app = createHttpApp({
    errorPrefix: definition.errorPrefix,
    logger: deps.logger,
    verifyToken: deps.verifyToken,
    health,
    api: module.api.router,
    openapi: module.api.document({
      title: `Corredor ${definition.name} service`,
      version: '1',
      description: `The ${definition.name} service's API. Every route needs a bearer token; x-roles lists the roles that may call it.`,
    }),
    ...(module.publicRoutes ? { publicRoutes: module.publicRoutes } : {}),
    centres,
    ...(deps.bodyLimit === undefined ? {} : { bodyLimit: deps.bodyLimit }),
    ...(deps.trustProxy === undefined ? {} : { trustProxy: deps.trustProxy }),
    readiness: [
      { name: 'store', critical: true, check: () => module.isStoreReachable() },
      { name: 'broker', critical: false, check: () => deps.bus.isReachable() },
      { name: 'centres', critical: true, check: async () => centres.isLoaded() },
    ],
  });
  const consumerDeps = { bus: deps.bus, registry: eventRegistry, logger: deps.logger, clock: deps.clock };
  const startSubscribers = async () => {
    for (const sub of module.subscriptions) await startSubscription({ ...consumerDeps, processed: module.processed }, sub);
  };
  const startConsuming = async () => {
    let loaded: Promise<void> = Promise.resolve();
    if (!deps.centres) {
      let markLoaded: () => void = () => {};
      loaded = new Promise((resolve) => (markLoaded = resolve));
      const group = centreDirectoryGroup(definition.name);
      // Its own processed-events store: the view is rebuilt at every start and idempotent by configVersion.
      await startSubscription({ ...consumerDeps, processed: new MemoryProcessedEvents() }, centreDirectorySubscription(group, centres), {
        onCaughtUp: () => {
          centres.markLoaded();
          deps.logger.info({ group }, 'centre directory loaded');
          markLoaded();
        },
      });
    }
    if (centres.isLoaded()) return startSubscribers();
    void loaded.then(startSubscribers).catch((error: unknown) => {
      deps.logger.error({ errorName: error instanceof Error ? error.name : typeof error }, 'subscribers could not start');
    });
  };
  return { app, module, relay, health, centres, startConsuming };
}
