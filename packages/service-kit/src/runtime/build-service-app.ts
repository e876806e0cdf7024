import { eventRegistry } from '@corredor/contracts';
import { OutboxRelay, startSubscription, type MessageBus } from '@corredor/messaging';
import { MemoryProcessedEvents } from '@corredor/persistence';
import type { Express } from 'express';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/authenticator';
import type { KeyWrapper } from '@corredor/crypto';
import { auditChainMac, AuditTrail } from '../audit/audit-trail';
import type { AuditTrailStore } from '../audit/audit-trail.repository';
import { MemoryAuditTrailStore } from '../audit/audit-trail.repository.memory';
import { MongoAuditTrailStore } from '../audit/audit-trail.repository.mongo';
import { auditTrailRoutes, hasAuditTrailRows } from '../audit/audit-trail.routes';
import { withNotFoundAudit } from '../audit/not-found-probes';
import { CentreDirectory } from '../centres/centre-directory';
import { CentreKeyring } from '../centres/centre-keys';
import { centreDirectoryGroup, centreDirectorySubscription } from '../centres/centre-directory.subscriber';
import { createHttpApp } from '../http/create-http-app';
import { mongoLimiterFactory } from '../rate-limit/rate-limit.mongo';
import type { RateLimitSettings } from '../rate-limit/rate-limit-settings';
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
  /** Rate limits on /v1 (DEFAULT_RATE_LIMITS unless given; false: none). Counted in MongoDB when the service has it, in memory otherwise. */
  rateLimits?: RateLimitSettings | false;
  /** A directory fed by someone else (tests inject a loaded one); without it the service reads the centre topic itself. */
  centres?: CentreDirectory;
  /** Wraps and unwraps centres' data keys (the master key from config, or a KMS). */
  keyWrapper: KeyWrapper;
  /** The centres' data keys, when fed by someone else (tests inject TestCentreKeys); otherwise built on keyWrapper and fed by the centre topic. */
  keys?: CentreKeyring;
  /** Where the audit trail is kept, when given (tests keep a memory store to tamper with); otherwise MongoDB, or memory without it. */
  auditStore?: AuditTrailStore;
}

export interface BuiltService {
  app: Express;
  module: ServiceModule;
  /** Present when the service publishes events; not started yet. */
  relay: OutboxRelay | null;
  health: HealthState;
  centres: CentreDirectory;
  audit: AuditTrail;
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
  const keys = deps.keys ?? new CentreKeyring(deps.keyWrapper);
  const audit = new AuditTrail(deps.auditStore ?? (deps.mongo ? new MongoAuditTrailStore(deps.mongo) : new MemoryAuditTrailStore()), deps.clock, auditChainMac(keys));
  const module = definition.create({
    logger: deps.logger,
    clock: deps.clock,
    mongo: deps.mongo,
    centres,
    audit,
    keys,
    keyWrapper: deps.keyWrapper,
    outboxWritten: () => relay?.notify(),
  });
  if (module.outbox) {
    relay = new OutboxRelay({
      store: module.outbox,
      publisher: deps.bus,
      logger: deps.logger,
      pollIntervalMs: deps.outboxPollIntervalMs ?? 500,
    });
  }
  // Before the document is generated, so the audit trail's routes are in it.
  if (hasAuditTrailRows(module.api)) auditTrailRoutes(module.api, audit);
  const health: HealthState = { draining: false };
  const app = createHttpApp({
    errorPrefix: definition.errorPrefix,
    logger: deps.logger,
    verifyToken: deps.verifyToken,
    health,
    api: withNotFoundAudit(module.api.router, audit),
    openapi: module.api.document({
      title: `Corredor ${definition.name} service`,
      version: '1',
      description: `The ${definition.name} service's API. Every route needs a bearer token; x-roles lists the roles that may call it.`,
    }),
    ...(module.publicRoutes ? { publicRoutes: module.publicRoutes } : {}),
    centres,
    ...(deps.bodyLimit === undefined ? {} : { bodyLimit: deps.bodyLimit }),
    ...(deps.trustProxy === undefined ? {} : { trustProxy: deps.trustProxy }),
    rateLimit:
      deps.rateLimits === false
        ? false
        : { ...(deps.rateLimits ? { settings: deps.rateLimits } : {}), ...(deps.mongo ? { createLimiter: mongoLimiterFactory(deps.mongo) } : {}) },
    readiness: [
      { name: 'store', critical: true, check: () => module.isStoreReachable() },
      { name: 'broker', critical: false, check: () => deps.bus.isReachable() },
      { name: 'centres', critical: true, check: async () => centres.isLoaded() },
    ],
  });
  const consumerDeps = { bus: deps.bus, registry: eventRegistry, logger: deps.logger, clock: deps.clock, sealer: keys };
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
      await startSubscription({ ...consumerDeps, processed: new MemoryProcessedEvents() }, centreDirectorySubscription(group, centres, keys), {
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
  return { app, module, relay, health, centres, audit, startConsuming };
}
