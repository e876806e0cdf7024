/**
 * A rebuild of the projection: it replays the topics into a fresh generation, switches the live
 * generation to it once it has caught up, goes on feeding it while every process moves over (the
 * handover), then drops the generation it replaced.
 */
export const REBUILD_STATUSES = ['replaying', 'handing-over', 'done', 'failed', 'abandoned'] as const;
export type RebuildStatus = (typeof REBUILD_STATUSES)[number];

/** The lifecycle, in one table: which status may follow which. */
const NEXT: Record<RebuildStatus, readonly RebuildStatus[]> = {
  replaying: ['handing-over', 'failed', 'abandoned'],
  'handing-over': ['done', 'failed', 'abandoned'],
  done: [],
  failed: [],
  abandoned: [],
};

export const isRunning = (status: RebuildStatus): boolean => NEXT[status].length > 0;

export interface RebuildProgress {
  /** Messages of the topics read so far, and how many the topics hold (it grows while events keep coming). */
  read: number;
  total: number;
  /** Of those read: events recorded into the projection, events of types it does not record, and messages it could not read. */
  applied: number;
  ignored: number;
  invalid: number;
  /** Over the last few seconds; null before there is anything to measure. */
  eventsPerSecond: number | null;
  /** At that pace, until caught up; null when unknown. */
  secondsLeft: number | null;
  elapsedSeconds: number;
}

export interface Rebuild {
  id: string;
  /** The generation being built, and the live one it replaces. */
  generation: string;
  replacing: string;
  status: RebuildStatus;
  /** The operator who started it. */
  startedBy: string;
  startedAt: Date;
  /** When it last told how it goes: a running rebuild whose heartbeat stopped was abandoned (its process ended). */
  heartbeatAt: Date;
  switchedAt: Date | null;
  finishedAt: Date | null;
  progress: RebuildProgress;
  /** Why it failed or was abandoned: a stable code. */
  failure: string | null;
}

export function newRebuild(start: { id: string; generation: string; replacing: string; startedBy: string; at: Date; total: number }): Rebuild {
  return {
    id: start.id,
    generation: start.generation,
    replacing: start.replacing,
    status: 'replaying',
    startedBy: start.startedBy,
    startedAt: start.at,
    heartbeatAt: start.at,
    switchedAt: null,
    finishedAt: null,
    progress: { read: 0, total: start.total, applied: 0, ignored: 0, invalid: 0, eventsPerSecond: null, secondsLeft: null, elapsedSeconds: 0 },
    failure: null,
  };
}

/** The rebuild in its next status; throws on a move the lifecycle does not allow (a bug, never user input). */
export function moveRebuild(rebuild: Rebuild, to: RebuildStatus, at: Date, failure: string | null = null): Rebuild {
  if (!NEXT[rebuild.status].includes(to)) throw new Error(`a rebuild cannot go from ${rebuild.status} to ${to}`);
  return {
    ...rebuild,
    status: to,
    heartbeatAt: at,
    switchedAt: to === 'handing-over' ? at : rebuild.switchedAt,
    finishedAt: isRunning(to) ? null : at,
    failure: to === 'failed' || to === 'abandoned' ? failure : null,
  };
}

/** One partition's log: where it starts and the offset its next message will get. */
export interface LogSpan {
  topic: string;
  partition: number;
  start: number;
  end: number;
}

export const slotOf = (at: { topic: string; partition: number }): string => `${at.topic}/${at.partition}`;

/**
 * How far a replay is: messages read of those the logs hold, and whether it has caught up, i.e.
 * read everything the logs held when `spans` was read. `positions` (each partition's next offset to
 * read) must be taken after `spans`, so that "caught up" means nothing published before is unread.
 */
export function replayProgress(spans: readonly LogSpan[], positions: ReadonlyMap<string, number>): { read: number; total: number; caughtUp: boolean } {
  let read = 0;
  let total = 0;
  let caughtUp = true;
  for (const span of spans) {
    const position = positions.get(slotOf(span)) ?? span.start;
    total += span.end - span.start;
    read += Math.min(Math.max(position, span.start), span.end) - span.start;
    if (position < span.end) caughtUp = false;
  }
  return { read, total, caughtUp };
}

/** Partitions whose log no longer starts at its first event: a replay of them would count less than what happened. */
export function truncatedLogs(spans: readonly LogSpan[]): string[] {
  return spans.filter((span) => span.start > 0).map(slotOf);
}

/** The generation after the live one and any earlier rebuild's: g1 → g2 → g3... */
export function nextGeneration(known: readonly string[]): string {
  const numbers = known.map((generation) => /^g(\d+)$/.exec(generation)?.[1]).map(Number).filter(Number.isSafeInteger);
  return `g${Math.max(1, ...numbers) + 1}`;
}

/** Messages read by some instant (milliseconds of a monotonic clock). */
export interface ReadSample {
  at: number;
  read: number;
}

/** Keeps the samples of the last `windowMs` (and the one just before, to measure over the whole window). */
export function keepRecent(samples: readonly ReadSample[], sample: ReadSample, windowMs = 5000): ReadSample[] {
  const all = [...samples, sample];
  const firstInWindow = all.findIndex((s) => s.at >= sample.at - windowMs);
  return all.slice(Math.max(0, firstInWindow - 1));
}

/** Messages per second over the samples; null before there are two of them apart in time. */
export function eventsPerSecond(samples: readonly ReadSample[]): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.at <= first.at) return null;
  return ((last.read - first.read) * 1000) / (last.at - first.at);
}

/** Seconds until the rest is read at that pace; null while the pace is unknown or nil. */
export function secondsLeft(read: number, total: number, rate: number | null): number | null {
  if (read >= total) return 0;
  if (rate === null || rate <= 0) return null;
  return Math.ceil((total - read) / rate);
}
