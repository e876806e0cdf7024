import type { ProjectionRebuild, ProjectionState } from '../api/api.schemas';

/** A later look at the rebuild: its status, counts and failure as the reporting service would tell them. */
export interface RebuildStep {
  status?: ProjectionRebuild['status'];
  progress?: Partial<ProjectionRebuild['progress']>;
  failure?: string;
}

type Answer = { status: number; body: unknown } | { status: number; problem: { code: string; detail?: string } };

/**
 * The reporting service's projection routes: POST /v1/projection/rebuilds begins a rebuild of
 * `total` events, and each GET /v1/projection after it moves the rebuild one planned step on
 * (`plan`); the live generation switches when it hands over. With no step planned it stays as it is.
 */
export function fakeProjection() {
  const state = { generation: 'g1', total: 500_000, rebuild: null as ProjectionRebuild | null, plan: [] as RebuildStep[], refusal: null as { code: string; detail?: string } | null };
  let clock = Date.parse('2026-11-30T15:00:00.000Z');
  const tick = (seconds: number) => new Date((clock += seconds * 1000)).toISOString();
  const running = (rebuild: ProjectionRebuild | null) => rebuild?.status === 'replaying' || rebuild?.status === 'handing-over';

  const advance = (rebuild: ProjectionRebuild): ProjectionRebuild => {
    const step = state.plan.shift();
    if (!step) return rebuild;
    const at = tick(1);
    const next: ProjectionRebuild = {
      ...rebuild,
      status: step.status ?? rebuild.status,
      progress: { ...rebuild.progress, ...step.progress, elapsedSeconds: rebuild.progress.elapsedSeconds + 1 },
      failure: step.failure ?? rebuild.failure,
    };
    const switches = next.switchedAt === null && (next.status === 'handing-over' || next.status === 'done');
    if (switches) {
      next.switchedAt = at;
      state.generation = next.generation;
    }
    if (!running(next)) next.finishedAt = at;
    return next;
  };

  return {
    state,
    /** The steps the next looks at the rebuild will find, one per look. */
    plan: (...steps: RebuildStep[]) => void state.plan.push(...steps),
    /** The next start is refused with this 409. */
    refuseNextStart: (code: string, detail?: string) => void (state.refusal = { code, ...(detail ? { detail } : {}) }),
    handle(method: string, path: string, operator: string): Answer {
      if (method === 'GET' && path === '/v1/projection') {
        if (state.rebuild && running(state.rebuild)) state.rebuild = advance(state.rebuild);
        const body: ProjectionState = { generation: state.generation, rebuild: state.rebuild };
        return { status: 200, body };
      }
      if (method === 'POST' && path === '/v1/projection/rebuilds') {
        const refusal = state.refusal ?? (running(state.rebuild) ? { code: 'REPORTING.REBUILD_RUNNING', detail: 'A rebuild is running already: follow it with GET /v1/projection.' } : null);
        state.refusal = null;
        if (refusal) return { status: 409, problem: refusal };
        const number = Math.max(Number(state.generation.slice(1)), Number(state.rebuild?.generation.slice(1) ?? 0)) + 1;
        state.rebuild = {
          id: `rebuild-${number}`,
          generation: `g${number}`,
          replacing: state.generation,
          status: 'replaying',
          startedBy: operator,
          startedAt: tick(0),
          switchedAt: null,
          finishedAt: null,
          progress: { read: 0, total: state.total, applied: 0, ignored: 0, invalid: 0, eventsPerSecond: null, secondsLeft: null, elapsedSeconds: 0 },
          failure: null,
        };
        return { status: 202, body: state.rebuild };
      }
      return { status: 404, problem: { code: 'REQUEST.NOT_FOUND' } };
    },
  };
}

export type FakeProjection = ReturnType<typeof fakeProjection>;
