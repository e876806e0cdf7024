import type { Rebuild } from './rebuild.domain';

/** The failure of a running rebuild whose heartbeat stopped: its process ended (a restart, a crash) before it finished. */
export const STOPPED_RESPONDING = 'REPORTING.REBUILD_STOPPED_RESPONDING';

/**
 * The rebuilds, shared by every process of the service: one runs at a time, whichever process
 * started it, and any process answers how it goes.
 */
export interface RebuildRepository {
  /**
   * Records a rebuild that starts, unless another one is running ('busy'). A running one whose
   * heartbeat is older than `staleBefore` is marked abandoned first (STOPPED_RESPONDING).
   */
  begin(rebuild: Rebuild, staleBefore: Date): Promise<'begun' | 'busy'>;
  /** Saves its status and progress (its heartbeat). */
  save(rebuild: Rebuild): Promise<void>;
  get(id: string): Promise<Rebuild | null>;
  /** The rebuild begun last, running or not. */
  latest(): Promise<Rebuild | null>;
}
