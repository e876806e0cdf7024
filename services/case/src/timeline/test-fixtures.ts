import { TOPICS, type Role } from '@corredor/contracts';
import { MemoryOutbox, MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type AppDeps, type ServiceDefinition } from '@corredor/service-kit';
import { testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import { caseNoteFeature } from '../notes/note.feature';
import { labourClaimFeature } from '../labour-justice/labour-claim.feature';
import { serviceDeliveryFeature } from '../services-delivered/service-delivery.feature';
import type { CaseLookup, CaseRef } from './case-work';
import { timelineFeature } from './timeline.routes';
import type { TimelineSource } from './timeline-source';

export const TIJUANA_CASE = '7a1c2f00-0000-4000-8000-000000000001';
export const TIJUANA_CLOSED_CASE = '7a1c2f00-0000-4000-8000-000000000002';
export const TAPACHULA_CASE = '7a1c2f00-0000-4000-8000-000000000003';
export const NO_CASE = '7a1c2f00-0000-4000-8000-0000000000ff';

/** Stands in for the case aggregate: a case per centre, and a closed one at Tijuana. */
export class FakeCaseLookup implements CaseLookup {
  private readonly cases = new Map<string, CaseRef>([
    [`tijuana/${TIJUANA_CASE}`, { id: TIJUANA_CASE, status: 'active' }],
    [`tijuana/${TIJUANA_CLOSED_CASE}`, { id: TIJUANA_CLOSED_CASE, status: 'closed' }],
    [`tapachula/${TAPACHULA_CASE}`, { id: TAPACHULA_CASE, status: 'open' }],
  ]);

  async findById(tenant: string, id: string): Promise<CaseRef | null> {
    return this.cases.get(`${tenant}/${id}`) ?? null;
  }

  close(tenant: string, id: string): void {
    this.cases.set(`${tenant}/${id}`, { id, status: 'closed' });
  }
}

/**
 * The case-work features wired as service.ts would wire them, on the test deps (fixed clock at
 * 2026-11-23T15:00Z, in-memory bus, the Tijuana and Tapachula test centres), with a fake case lookup.
 */
export function caseWorkTestApp(options: { extraSources?: TimelineSource[]; deps?: Partial<AppDeps> } = {}) {
  const cases = new FakeCaseLookup();
  const definition: ServiceDefinition = {
    name: 'case',
    errorPrefix: 'CASE',
    defaultPort: 0,
    create: ({ mongo, clock, outboxWritten, centres, keys, audit }) => {
      const outbox = new MemoryOutbox();
      const work = { mongo, outbox, cases, clock, outboxWritten, centres, keys, audit };
      const features = [serviceDeliveryFeature(work), labourClaimFeature(work), caseNoteFeature(work)];
      const api = new ApiRoutes('case');
      for (const feature of features) feature.routes(api);
      timelineFeature({ cases, audit, sources: [...features.map((feature) => feature.timeline), ...(options.extraSources ?? [])] }).routes(api);
      return {
        api,
        subscriptions: [],
        processed: new MemoryProcessedEvents(),
        outbox,
        isStoreReachable: async () => (await Promise.all(features.map((feature) => feature.isReachable()))).every(Boolean),
      };
    },
  };
  const deps = testAppDeps(options.deps);
  const built = buildServiceApp(definition, deps);
  /** The case events published so far, parsed. */
  const caseEvents = async (): Promise<Array<{ type: string; subject?: string; tenantid: string; data: Record<string, unknown> }>> => {
    await built.relay?.publishBatch();
    return deps.bus.messages(TOPICS.caseEvents).map((message) => JSON.parse(message.value));
  };
  return { ...built, deps, cases, caseEvents };
}

export async function bearer(centre: 'tijuana' | 'tapachula', role: Role, userId?: string): Promise<string> {
  return `Bearer ${await tokenFor(centre, [role], userId)}`;
}
