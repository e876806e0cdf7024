import { DEVELOPMENT_JWT_SECRET } from '../config/config';
import { eventRegistry, type EventEnvelope, type Role } from '@corredor/contracts';
import { HEADERS, InMemoryBus } from '@corredor/messaging';
import pino from 'pino';
import { createTokenVerifier, signDevToken } from '../auth/authenticator';
import type { CentreDirectory } from '../centres/centre-directory';
import type { AppDeps, BuiltService } from '../runtime/build-service-app';
import { testCentreDirectory } from './test-centres';
import { developmentKeyWrapper, TestCentreKeys } from './test-keys';

export * from './test-centres';
export * from './test-keys';

/** Settings for tokens in tests and in the one-process platform (never for production). */
export const TEST_AUTH = {
  secret: DEVELOPMENT_JWT_SECRET,
  issuer: 'corredor',
  audience: 'corredor-api',
} as const;

export function tokenFor(centre: string, roles: Role[] = ['coordinator'], userId?: string): Promise<string> {
  return signDevToken({ ...TEST_AUTH, centre, roles, ...(userId ? { userId } : {}) });
}

/** An operator's token (or a network analyst's) for a network of centres. */
export function networkTokenFor(network: string, roles: Role[] = ['operator'], userId?: string): Promise<string> {
  return signDevToken({ ...TEST_AUTH, network, roles, ...(userId ? { userId } : {}) });
}

/**
 * In-memory bus, silent logger, test auth, a fixed clock and a loaded directory of the test centres
 * (change one with `changeTestCentre(deps.centres, ...)`): what a service's tests inject.
 */
export function testAppDeps(overrides: Partial<AppDeps> = {}): AppDeps & { bus: InMemoryBus; centres: CentreDirectory; keys: TestCentreKeys } {
  return {
    bus: new InMemoryBus(),
    logger: pino({ level: 'silent' }),
    verifyToken: createTokenVerifier(TEST_AUTH),
    mongo: null,
    clock: () => new Date('2026-11-23T15:00:00.000Z'),
    centres: testCentreDirectory(),
    keyWrapper: developmentKeyWrapper(),
    keys: new TestCentreKeys(),
    ...overrides,
  } as AppDeps & { bus: InMemoryBus; centres: CentreDirectory; keys: TestCentreKeys };
}

/**
 * Publishes events as their producers would (topic from the contract, keyed by subject, tenant
 * header) and resolves once every consumer has handled them.
 */
export async function deliverEvents(bus: InMemoryBus, events: EventEnvelope[]): Promise<void> {
  await bus.publish(
    events.map((event) => {
      const topic = eventRegistry.latestOf(event.type)?.topic;
      if (!topic) throw new Error(`no contract for ${event.type}`);
      return { topic, key: event.subject ?? event.id, value: JSON.stringify(event), headers: { [HEADERS.tenant]: event.tenantid } };
    }),
  );
  await bus.drain();
}

/** A service built on test deps and consuming from their in-memory bus; `deliver` hands it events. */
export async function consumingTestApp(build: (deps: AppDeps) => BuiltService) {
  const deps = testAppDeps();
  const built = build(deps);
  await built.startConsuming();
  return { ...built, deps, deliver: (...events: EventEnvelope[]) => deliverEvents(deps.bus, events) };
}
