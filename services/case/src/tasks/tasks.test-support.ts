import { randomUUID } from 'node:crypto';
import { TOPICS, type EventEnvelope } from '@corredor/contracts';
import { MemoryOutbox, MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type ServiceDefinition } from '@corredor/service-kit';
import { testAppDeps, tokenFor, TestCentreKeys } from '@corredor/service-kit/testing';
import type { CaseLookup } from './case-lookup.port';
import { taskFeature, type TaskFeature } from './task.feature';
import { MemoryTaskRepository } from './task.repository.memory';

type CaseStatus = 'open' | 'active' | 'closed';

/** Cases as the case repository would find them: per centre. */
export class FakeCases implements CaseLookup {
  private readonly cases = new Map<string, CaseStatus>();

  open(tenant: string, status: CaseStatus = 'open'): string {
    const id = randomUUID();
    this.cases.set(`${tenant}/${id}`, status);
    return id;
  }

  close(tenant: string, id: string): void {
    this.cases.set(`${tenant}/${id}`, 'closed');
  }

  async findById(tenant: string, id: string): Promise<{ id: string; status: CaseStatus } | null> {
    const status = this.cases.get(`${tenant}/${id}`);
    return status ? { id, status } : null;
  }
}

/**
 * The task feature alone in a service, on an in-memory store, with a clock the test moves by hand
 * (it starts at 2026-11-23T15:00Z: 07:00 in Tijuana, 09:00 in Tapachula).
 */
export async function taskTestApp() {
  let now = new Date('2026-11-23T15:00:00.000Z');
  const clock = () => now;
  const outbox = new MemoryOutbox();
  const tasks = new MemoryTaskRepository(outbox, new TestCentreKeys());
  const cases = new FakeCases();
  const features: TaskFeature[] = [];
  const definition: ServiceDefinition = {
    name: 'case',
    errorPrefix: 'CASE',
    defaultPort: 3002,
    create: (deps) => {
      const feature = taskFeature({ tasks, cases, centres: deps.centres, clock: deps.clock, outboxWritten: deps.outboxWritten });
      features.push(feature);
      const api = new ApiRoutes('case');
      feature.routes(api);
      return { api, subscriptions: [], processed: new MemoryProcessedEvents(), outbox, isStoreReachable: () => feature.isReachable() };
    },
  };
  const deps = testAppDeps({ clock });
  const built = buildServiceApp(definition, deps);
  await built.startConsuming();
  const [feature] = features;
  if (!feature) throw new Error('the service was not composed');
  return {
    ...built,
    deps,
    tasks,
    outbox,
    cases,
    feature,
    clock,
    setNow(iso: string) {
      now = new Date(iso);
    },
    /** Publishes what the outbox holds, as the relay would (emptying it), and returns every case event published so far. */
    async events(): Promise<EventEnvelope[]> {
      await built.relay?.publishBatch();
      return deps.bus.messages(TOPICS.caseEvents).map((message) => JSON.parse(message.value) as EventEnvelope);
    },
    ana: `Bearer ${await tokenFor('tijuana', ['promoter'], 'ana')}`,
    luis: `Bearer ${await tokenFor('tijuana', ['coordinator'], 'luis')}`,
    interpreter: `Bearer ${await tokenFor('tijuana', ['interpreter'], 'jean')}`,
    tapachula: `Bearer ${await tokenFor('tapachula', ['coordinator'], 'rosa')}`,
  };
}
