import type { EventSealer, Logger } from '@corredor/messaging';
import type { ApiRoutes, ServiceDeps } from '@corredor/service-kit';
import type { LiveProjection } from '../projection/live-projection';
import type { ReportingProjection } from '../projection/reporting-projection';
import type { EventLog } from './event-log';
import { ProjectionRebuilds, type RebuildSettings } from './projection-rebuild';
import { MemoryRebuildRepository } from './rebuild.repository.memory';
import { MongoRebuildRepository } from './rebuild.repository.mongo';
import { projectionRoutes } from './projection.routes';

/** What the composition gives the replay: main.ts a Kafka log reader, the one-process platform the in-memory bus's log. */
export interface ReplayOverrides {
  /** The event log to replay; none: this process answers rebuilds with REPORTING.REBUILD_UNAVAILABLE. */
  log?: (logger: Logger) => EventLog & { close?(): Promise<void> };
  settings?: Partial<RebuildSettings>;
}

export interface ReplayDeps {
  mongo: ServiceDeps['mongo'];
  projections: LiveProjection;
  create: (generation: string) => ReportingProjection;
  sealer: EventSealer;
  clock: () => Date;
  logger: Logger;
  overrides: ReplayOverrides;
  /** How long other processes may go on with the generation they knew (LiveProjection's recheck). */
  recheckMs: number;
}

/** After a switch, how much longer than the recheck the rebuild keeps feeding the new generation (a slow pointer read). */
const HANDOVER_MARGIN_MS = 2000;

/** Rebuilding the projection from the event log, and the operators' routes to do it. */
export function replayFeature(deps: ReplayDeps) {
  const log = deps.overrides.log?.(deps.logger) ?? null;
  const rebuilds = new ProjectionRebuilds({
    projections: deps.projections,
    create: deps.create,
    log,
    rebuilds: deps.mongo ? new MongoRebuildRepository(deps.mongo) : new MemoryRebuildRepository(),
    sealer: deps.sealer,
    clock: deps.clock,
    logger: deps.logger,
    // In memory one process holds the projection: no other process to wait for.
    settings: { handoverMs: deps.mongo ? deps.recheckMs + HANDOVER_MARGIN_MS : 0, ...deps.overrides.settings },
  });
  return {
    rebuilds,
    routes: (api: ApiRoutes) => projectionRoutes(api, { rebuilds }),
    stop: async () => {
      await rebuilds.stop();
      await log?.close?.();
    },
  };
}
