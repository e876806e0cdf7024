import type { EventDefinition } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import type { GenerationPointerRepository } from './generation-pointer.repository';
import { FIRST_GENERATION, type ReportingProjection } from './reporting-projection';

export interface LiveProjectionDeps {
  /** Makes the projection of a generation (createReportingProjection with the service's store). */
  create: (generation: string) => ReportingProjection;
  pointer: GenerationPointerRepository;
  clock: () => Date;
  /** How long a process goes on with the generation it knows before reading the pointer again (another process may have switched). */
  recheckMs?: number;
}

/**
 * The live generation of the projection: what the subscriptions write to and the routes read from.
 * A rebuild makes a fresh generation (createReportingProjection with a new name), prepares and fills
 * it, then calls `switchTo`: from then on this process, and every other one within `recheckMs`,
 * uses it. The generation it replaced is answered, to be dropped once nothing reads it.
 */
export class LiveProjection {
  private current: { projection: ReportingProjection; checkedAt: number } | null = null;
  private loading: Promise<ReportingProjection> | null = null;
  private readonly recheckMs: number;

  constructor(private readonly deps: LiveProjectionDeps) {
    this.recheckMs = deps.recheckMs ?? 5000;
  }

  async live(): Promise<ReportingProjection> {
    const now = this.deps.clock().getTime();
    if (this.current && now - this.current.checkedAt < this.recheckMs) return this.current.projection;
    this.loading ??= this.load(now).finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Makes `next` the live generation, here and (through the pointer) in every process; answers the one it replaced. */
  async switchTo(next: ReportingProjection): Promise<ReportingProjection | null> {
    const previous = this.current?.projection ?? null;
    const now = this.deps.clock();
    await this.deps.pointer.write(next.generation, now);
    this.current = { projection: next, checkedAt: now.getTime() };
    return previous?.generation === next.generation ? null : previous;
  }

  private async load(now: number): Promise<ReportingProjection> {
    const generation = (await this.deps.pointer.read()) ?? FIRST_GENERATION;
    let projection = this.current?.projection;
    if (!projection || projection.generation !== generation) {
      projection = this.deps.create(generation);
      await projection.prepare();
    }
    this.current = { projection, checkedAt: now };
    return projection;
  }
}

/** Handlers that hand each event of these types to the live generation. */
export function toLiveProjection(projections: LiveProjection, events: readonly EventDefinition[]): TypedHandler[] {
  return events.map((event) =>
    on(event, async (envelope) => {
      await (await projections.live()).apply(envelope);
    }),
  );
}
