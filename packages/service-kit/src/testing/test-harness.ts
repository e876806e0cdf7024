import { eventRegistry, type EventEnvelope, type Role } from '@corredor/contracts';
import { HEADERS, InMemoryBus } from '@corredor/messaging';
import pino from 'pino';
import { createTokenVerifier, signDevToken } from '../auth/authenticator';
import type { AppDeps, BuiltService } from '../runtime/build-service-app';

/** Settings for tokens in tests and in the one-process platform (never for production). */
export const TEST_AUTH = {
  secret: 'corredor-development-secret-change-me-0123456789',
  issuer: 'corredor',
  audience: 'corredor-api',
} as const;

export function tokenFor(centre: string, roles: Role[] = ['coordinator'], userId?: string): Promise<string> {
  return signDevToken({ ...TEST_AUTH, centre, roles, ...(userId ? { userId } : {}) });
}

/** In-memory bus, silent logger, test auth and a fixed clock: what a service's tests inject. */
export function testAppDeps(overrides: Partial<AppDeps> = {}): AppDeps & { bus: InMemoryBus } {
  return {
    bus: new InMemoryBus(),
    logger: pino({ level: 'silent' }),
    verifyToken: createTokenVerifier(TEST_AUTH),
    mongo: null,
    clock: () => new Date('2026-11-23T15:00:00.000Z'),
    ...overrides,
  } as AppDeps & { bus: InMemoryBus };
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
