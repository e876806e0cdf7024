import { TOPICS, type Role } from '@corredor/contracts';
import { InMemoryBus } from '@corredor/messaging';
import { watchMemoryCollections } from '@corredor/persistence';
import type { AppDeps, BuiltService } from '@corredor/service-kit';
import { networkTokenFor, testAppDeps, TEST_NETWORK, tokenFor } from '@corredor/service-kit/testing';
import { buildApp as buildCase } from '@corredor/case-service';
import { buildApp as buildCentre } from '@corredor/centre-service';
import { buildApp as buildIntake } from '@corredor/intake-service';
import { buildApp as buildNotification } from '@corredor/notification-service';
import { buildApp as buildReferral } from '@corredor/referral-service';
import { buildApp as buildReporting } from '@corredor/reporting-service';
import type { Logger } from 'pino';

/** The six services, as the platform runs them. */
export const PROBED_SERVICES = ['intake', 'case', 'referral', 'notification', 'reporting', 'centre'] as const;
export type ProbedService = (typeof PROBED_SERVICES)[number];

export interface ProbePlatformOptions {
  /** Each service's logger (silent unless given). */
  logger?: (service: ProbedService) => Logger;
  /** Changes a service's deps before it is built (a failing store, a throwing clock...). */
  deps?: (service: ProbedService, deps: AppDeps) => AppDeps;
}

/**
 * The six services built in-process (no listening) on one in-memory bus, each with in-memory
 * stores and the test centres, consuming from the bus: what an attacker reaches over HTTP, and
 * every store they could try to reach through it.
 */
export async function probePlatform(options: ProbePlatformOptions = {}) {
  const bus = new InMemoryBus({ redeliveryDelayMs: 1 });
  const stores = watchMemoryCollections();
  // One set of centre data keys, as every service would unwrap the same ones from the centre topic.
  const { keys } = testAppDeps({ bus });
  const depsFor = (service: ProbedService): AppDeps => {
    const deps = testAppDeps({ bus, keys, ...(options.logger ? { logger: options.logger(service) } : {}) });
    return options.deps ? options.deps(service, deps) : deps;
  };
  const quickHasher = {
    hash: async (password: string) => `test$${Buffer.from(password).toString('base64')}`,
    verify: async (hash: string, password: string) => hash === `test$${Buffer.from(password).toString('base64')}`,
  };
  const apps: Record<ProbedService, BuiltService> = {
    intake: buildIntake(depsFor('intake')),
    case: buildCase(depsFor('case')),
    referral: buildReferral(depsFor('referral')),
    notification: buildNotification(depsFor('notification')),
    reporting: buildReporting(depsFor('reporting')),
    centre: buildCentre(depsFor('centre'), { publicUrl: 'https://centres.example.org', invitationTtlMs: 72 * 3600_000, accessTokenTtlSeconds: 300, hasher: quickHasher }),
  };
  stores.stop();
  for (const built of Object.values(apps)) await built.startConsuming();

  /** Publishes what every outbox holds and lets every consumer handle it, until nothing moves. */
  const settle = async () => {
    for (let round = 0; round < 10; round++) {
      let published = 0;
      for (const built of Object.values(apps)) published += (await built.relay?.publishBatch()) ?? 0;
      await bus.drain();
      if (published === 0) return;
    }
  };
  /** Every message on every topic, dead letters included. */
  const messageCount = () => Object.values(TOPICS).reduce((sum, topic) => sum + bus.messages(topic).length, 0);
  const bearer = async (centre: string, role: Role, userId = `${role}@${centre}`) =>
    `Bearer ${role === 'operator' || role === 'network-analyst' ? await networkTokenFor(TEST_NETWORK, [role], userId) : await tokenFor(centre, [role], userId)}`;
  return { bus, keys, apps, stores, settle, messageCount, bearer, stop: () => bus.stop() };
}

export type ProbePlatform = Awaited<ReturnType<typeof probePlatform>>;
