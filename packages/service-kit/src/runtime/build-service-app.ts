import { eventRegistry } from '@corredor/contracts';
import { OutboxRelay, startSubscription, type MessageBus } from '@corredor/messaging';
import type { Express } from 'express';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/authenticator';
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
}

export interface BuiltService {
  app: Express;
  module: ServiceModule;
  /** Present when the service publishes events; not started yet. */
  relay: OutboxRelay | null;
  health: HealthState;
  /** Joins the consumer groups of the service's subscribers. */
  startConsuming(): Promise<void>;
}

/** Builds a service's express app and parts without listening or consuming, so tests can drive it. */
export function buildServiceApp(definition: ServiceDefinition, deps: AppDeps): BuiltService {
  let relay: OutboxRelay | null = null;
  const module = definition.create({ logger: deps.logger, clock: deps.clock, mongo: deps.mongo, outboxWritten: () => relay?.notify() });
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
    api: module.api,
    ...(deps.bodyLimit === undefined ? {} : { bodyLimit: deps.bodyLimit }),
    readiness: [
      { name: 'store', critical: true, check: () => module.isStoreReachable() },
      { name: 'broker', critical: false, check: () => deps.bus.isReachable() },
    ],
  });
  const startConsuming = async () => {
    for (const sub of module.subscriptions) {
      await startSubscription({ bus: deps.bus, registry: eventRegistry, processed: module.processed, logger: deps.logger, clock: deps.clock }, sub);
    }
  };
  return { app, module, relay, health, startConsuming };
}
