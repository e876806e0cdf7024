import { DomainError, eventRegistry, type EventEnvelope, type EventRegistry } from '@corredor/contracts';
import { errorFields, type ConsumedMessage, type EventSealer, type Logger } from '@corredor/messaging';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { slicePacer } from '../cooperative/time-slices';
import type { LiveProjection } from '../projection/live-projection';
import type { ReportingProjection } from '../projection/reporting-projection';
import type { EventLog, LogReading } from './event-log';
import {
  eventsPerSecond,
  isRunning,
  keepRecent,
  moveRebuild,
  newRebuild,
  nextGeneration,
  replayProgress,
  secondsLeft,
  slotOf,
  truncatedLogs,
  type ReadSample,
  type Rebuild,
} from './rebuild.domain';
import type { RebuildRepository } from './rebuild.repository';
import { replayedMessage } from './replayed-message';
import { REPLAYED_TOPICS, REPLAYED_TYPES } from './replayed-topics';

export interface RebuildSettings {
  /**
   * How long the rebuild goes on feeding the new generation after switching to it: as long as
   * other processes may go on with the generation they knew (LiveProjection's recheck, and a
   * margin). 0 when one process holds the projection (memory stores).
   */
  handoverMs: number;
  /** How often progress is measured and saved (the heartbeat). */
  progressEveryMs: number;
  /** A running rebuild whose heartbeat is older than this is taken as abandoned (its process ended). */
  staleAfterMs: number;
  /** Attempts at recording one event before the rebuild fails (the store may be down a moment). */
  applyAttempts: number;
  /** Failed looks at how far the log goes, in a row, before the rebuild fails (the broker may be down a moment). */
  rangeAttempts: number;
}

export const DEFAULT_REBUILD_SETTINGS: RebuildSettings = { handoverMs: 0, progressEveryMs: 1000, staleAfterMs: 60_000, applyAttempts: 5, rangeAttempts: 30 };

/** Why a rebuild stopped, as its `failure`. */
export const REBUILD_FAILURES = {
  logUnreadable: 'REPORTING.EVENT_LOG_UNREADABLE',
  writeFailed: 'REPORTING.PROJECTION_WRITE_FAILED',
  interrupted: 'REPORTING.REBUILD_INTERRUPTED',
} as const;

export interface ProjectionRebuildDeps {
  projections: LiveProjection;
  /** Makes the projection of a generation (createReportingProjection with the service's store). */
  create: (generation: string) => ReportingProjection;
  /** null: this process cannot read the event log, so it cannot rebuild. */
  log: EventLog | null;
  rebuilds: RebuildRepository;
  /** Opens sealed events, as the live consumer does (the service's CentreKeys). */
  sealer?: EventSealer;
  registry?: EventRegistry;
  clock: () => Date;
  logger: Logger;
  settings?: Partial<RebuildSettings>;
  /** Milliseconds of a monotonic clock, for paces and waits (performance.now). */
  now?: () => number;
}

class RebuildFailure extends Error {
  override readonly name = 'RebuildFailure';
  constructor(
    readonly code: string,
    override readonly cause: unknown,
  ) {
    super(code);
  }
}

/** A pause that something else can cut short. */
class Pause {
  private wake: (() => void) | null = null;
  for(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.end(), ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
  end(): void {
    this.wake?.();
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Rebuilds the projection from the event log (the operator's command): replays the topics the
 * projection records from their beginning into a fresh generation, measuring how far it is, then
 * switches the live generation to it once it has caught up and drops the one it replaced.
 *
 * No event is lost at the switch. The subscriptions keep writing to the live generation
 * throughout, and the rebuild keeps reading after the switch: it stops only once (1) every process
 * has moved to the new generation (`handoverMs` after the switch) and (2) it has read, at a look
 * taken after that, everything the log then held. An event handled by a subscription into the old
 * generation was published before its process moved over, so the rebuild read it; one handled
 * after the rebuild stopped goes to the new generation. An event a subscription writes into the
 * new generation while the rebuild still runs is read by the rebuild too, in its partition's order
 * after the events before it: writes are keyed, so the two copies make one fact, and a write that
 * found nothing to attach to (a status change ahead of its case's opening) is made again in order.
 */
export class ProjectionRebuilds {
  private readonly settings: RebuildSettings;
  private readonly now: () => number;
  private readonly registry: EventRegistry;
  private running: { id: string; pause: Pause; stopping: boolean; done: Promise<void> } | null = null;

  constructor(private readonly deps: ProjectionRebuildDeps) {
    this.settings = { ...DEFAULT_REBUILD_SETTINGS, ...deps.settings };
    this.now = deps.now ?? (() => performance.now());
    this.registry = deps.registry ?? eventRegistry;
  }

  /** The live generation, and the rebuild begun last (running or not). */
  async status(): Promise<{ generation: string; rebuild: Rebuild | null }> {
    const [live, rebuild] = await Promise.all([this.deps.projections.live(), this.deps.rebuilds.latest()]);
    return { generation: live.generation, rebuild };
  }

  /** Starts a rebuild in this process and answers it as it begins; refused while another runs (in any process). */
  async start(startedBy: string): Promise<Rebuild> {
    const { log, rebuilds, projections, clock } = this.deps;
    if (!log) {
      throw new DomainError('REPORTING.REBUILD_UNAVAILABLE', 'conflict', 'This reporting process was started without access to the event log, so it cannot rebuild.');
    }
    const live = await projections.live();
    const latest = await rebuilds.latest();
    const spans = await log.ranges(REPLAYED_TOPICS).catch(() => {
      throw new DomainError('REPORTING.EVENT_LOG_UNREACHABLE', 'conflict', 'The event log cannot be read now: is the broker reachable? Try again once it is.');
    });
    const truncated = truncatedLogs(spans);
    if (truncated.length > 0) {
      throw new DomainError(
        'REPORTING.EVENT_LOG_INCOMPLETE',
        'conflict',
        `The log no longer starts at its first event in ${truncated.join(', ')} (deleted by retention or compaction): a rebuild would count less than what happened. The live figures are kept.`,
      );
    }
    const rebuild = newRebuild({
      id: randomUUID(),
      generation: nextGeneration([live.generation, ...(latest ? [latest.generation] : [])]),
      replacing: live.generation,
      startedBy,
      at: clock(),
      total: replayProgress(spans, new Map()).total,
    });
    if ((await rebuilds.begin(rebuild, new Date(clock().getTime() - this.settings.staleAfterMs))) === 'busy') {
      throw new DomainError('REPORTING.REBUILD_RUNNING', 'conflict', 'A rebuild is running already: follow it with GET /v1/projection.');
    }
    // What an earlier rebuild that did not finish left behind.
    if (latest && latest.status !== 'done' && latest.generation !== live.generation) {
      await this.deps
        .create(latest.generation)
        .drop()
        .catch(() => undefined);
    }
    const pause = new Pause();
    const state = { id: rebuild.id, pause, stopping: false, done: Promise.resolve() };
    state.done = this.run(rebuild, log, state).finally(() => {
      if (this.running === state) this.running = null;
    });
    this.running = state;
    this.deps.logger.info({ rebuild: rebuild.id, generation: rebuild.generation, replacing: rebuild.replacing, total: rebuild.progress.total }, 'projection rebuild started');
    return rebuild;
  }

  /** Resolves once the rebuild running in this process (if any) has ended. */
  async settled(): Promise<void> {
    await this.running?.done;
  }

  /** Stops a rebuild running in this process (the service stops): it is abandoned, and can be started again. */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    running.stopping = true;
    running.pause.end();
    await running.done;
  }

  private async run(begun: Rebuild, log: EventLog, state: { pause: Pause; stopping: boolean }): Promise<void> {
    const { rebuilds, projections, clock, logger } = this.deps;
    const settings = this.settings;
    let rebuild = begun;
    const fresh = this.deps.create(rebuild.generation);
    const positions = new Map<string, number>();
    const counts = { applied: 0, ignored: 0, invalid: 0 };
    let failure: RebuildFailure | null = null;
    let reading: LogReading | null = null;
    const started = this.now();
    const fail = (code: string) => (error: unknown) => {
      failure ??= error instanceof RebuildFailure ? error : new RebuildFailure(code, error);
      state.pause.end();
    };
    try {
      // A fresh name (nextGeneration): nothing of an earlier rebuild is in it; start() dropped what the last one left.
      await fresh.prepare();
      reading = await log.read({
        group: `reporting.rebuild.${rebuild.generation}.${rebuild.id}`,
        topics: REPLAYED_TOPICS,
        onBatch: async (messages) => this.replay(messages, fresh, positions, counts),
        onFailure: fail(REBUILD_FAILURES.logUnreadable),
      });
      let samples: ReadSample[] = [];
      let handoverUntil = Number.POSITIVE_INFINITY;
      let previous: ReportingProjection | null = null;
      let unreadable = 0;
      for (;;) {
        await state.pause.for(settings.progressEveryMs);
        if (failure) throw failure;
        if (state.stopping) throw new RebuildFailure(REBUILD_FAILURES.interrupted, null);
        const lookedAt = this.now();
        const spans = await log.ranges(REPLAYED_TOPICS).catch((error: unknown) => {
          unreadable += 1;
          if (unreadable >= settings.rangeAttempts) throw new RebuildFailure(REBUILD_FAILURES.logUnreadable, error);
          return null;
        });
        if (spans) unreadable = 0;
        // Positions are taken after the log's ends: caught up means nothing published before that look is unread.
        const { read, total, caughtUp } = spans ? replayProgress(spans, positions) : { ...rebuild.progress, caughtUp: false };
        samples = keepRecent(samples, { at: this.now(), read });
        const pace = eventsPerSecond(samples);
        rebuild = {
          ...rebuild,
          heartbeatAt: clock(),
          progress: { read, total, ...counts, eventsPerSecond: pace, secondsLeft: secondsLeft(read, total, pace), elapsedSeconds: (this.now() - started) / 1000 },
        };
        if (rebuild.status === 'replaying' && caughtUp) {
          previous = await projections.switchTo(fresh);
          rebuild = moveRebuild(rebuild, 'handing-over', clock());
          handoverUntil = this.now() + settings.handoverMs;
          logger.info({ rebuild: rebuild.id, generation: rebuild.generation, read }, 'projection rebuild caught up: switched over, handing over');
        } else if (rebuild.status === 'handing-over' && caughtUp && lookedAt >= handoverUntil) {
          await reading.stop();
          reading = null;
          rebuild = moveRebuild(rebuild, 'done', clock());
          await rebuilds.save(rebuild);
          if (previous && previous.generation !== fresh.generation) {
            await previous.drop().catch((error: unknown) => logger.warn({ rebuild: rebuild.id, generation: previous?.generation, ...errorFields(error) }, 'old generation not dropped'));
          }
          logger.info({ rebuild: rebuild.id, generation: rebuild.generation, ...rebuild.progress }, 'projection rebuild done');
          return;
        }
        await rebuilds.save(rebuild).catch((error: unknown) => logger.warn({ rebuild: rebuild.id, ...errorFields(error) }, 'rebuild progress not saved'));
      }
    } catch (error) {
      const code = error instanceof RebuildFailure ? error.code : REBUILD_FAILURES.writeFailed;
      await reading?.stop().catch(() => undefined);
      // Before the switch the fresh generation is nobody's: drop it. After it, it is live and stays.
      if (rebuild.status === 'replaying') await fresh.drop().catch(() => undefined);
      if (isRunning(rebuild.status)) rebuild = moveRebuild(rebuild, code === REBUILD_FAILURES.interrupted ? 'abandoned' : 'failed', clock(), code);
      const cause = error instanceof RebuildFailure ? error.cause : error;
      logger.warn({ rebuild: rebuild.id, generation: rebuild.generation, status: rebuild.status, code, ...(cause ? errorFields(cause) : {}) }, 'projection rebuild stopped');
      await rebuilds.save(rebuild).catch(() => undefined);
    }
  }

  /** One partition's batch, in order: each event judged as the live consumer judges it, then recorded. */
  private async replay(messages: ConsumedMessage[], fresh: ReportingProjection, positions: Map<string, number>, counts: { applied: number; ignored: number; invalid: number }): Promise<void> {
    // A broker's batch holds thousands of events: the process (every service, on `npm start`) goes on serving between slices of it.
    const pace = slicePacer();
    for (const message of messages) {
      await pace();
      const judged = replayedMessage(message, { types: REPLAYED_TYPES, registry: this.registry, ...(this.deps.sealer ? { sealer: this.deps.sealer } : {}) });
      if (judged.kind === 'event') {
        await this.record(fresh, judged.event);
        counts.applied += 1;
      } else {
        counts[judged.kind] += 1;
      }
      positions.set(slotOf(message), Number(message.offset) + 1);
    }
  }

  private async record(fresh: ReportingProjection, event: EventEnvelope): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await fresh.apply(event);
        return;
      } catch (error) {
        if (attempt >= this.settings.applyAttempts) throw new RebuildFailure(REBUILD_FAILURES.writeFailed, error);
        await delay(Math.min(2000, 100 * 2 ** attempt));
      }
    }
  }
}
