import type { ProjectionRebuild } from '../api/api.schemas';
import { formatApproxDuration, formatCount, formatElapsed, formatTimestamp } from './format';

/** `12,345 / 500,000 events` */
const counted = (rebuild: ProjectionRebuild) => `${formatCount(rebuild.progress.read)} / ${formatCount(rebuild.progress.total)} events`;

/**
 * How long it ran: from its start to its end by the service's clock, or as it last measured itself
 * (at its last heartbeat: a little less) while running or when the clock says less.
 */
export function rebuildElapsedSeconds(rebuild: ProjectionRebuild): number {
  const started = Date.parse(rebuild.startedAt);
  const finished = rebuild.finishedAt === null ? Number.NaN : Date.parse(rebuild.finishedAt);
  const byClock = Number.isFinite(finished - started) ? (finished - started) / 1000 : 0;
  return Math.max(byClock, rebuild.progress.elapsedSeconds);
}

/**
 * A running rebuild in one line:
 * `replaying  12,345 / 500,000 events  8,210 events/s  about 1 min left`.
 */
export function rebuildProgressLine(rebuild: ProjectionRebuild): string {
  const { eventsPerSecond, secondsLeft } = rebuild.progress;
  const parts = [rebuild.status === 'handing-over' ? 'handing over' : rebuild.status, counted(rebuild)];
  if (eventsPerSecond !== null) parts.push(`${formatCount(eventsPerSecond)} events/s`);
  if (rebuild.status === 'handing-over') parts.push(`${rebuild.generation} is live; every reporting process moves to it`);
  else if (secondsLeft === 0) parts.push('caught up');
  else if (secondsLeft !== null) parts.push(`about ${formatApproxDuration(secondsLeft)} left`);
  else parts.push('measuring the pace');
  return parts.join('  ');
}

/** `500,000 events read (480,000 applied, 20,000 ignored, 0 invalid)` */
export function rebuildCounts(rebuild: ProjectionRebuild): string {
  const { read, applied, ignored, invalid } = rebuild.progress;
  return `${formatCount(read)} events read (${formatCount(applied)} applied, ${formatCount(ignored)} ignored, ${formatCount(invalid)} invalid)`;
}

/** `rebuilding g3 to replace g2: 500,000 events to replay` */
export function rebuildStartedLine(rebuild: ProjectionRebuild): string {
  return `rebuilding ${rebuild.generation} to replace ${rebuild.replacing}: ${formatCount(rebuild.progress.total)} events to replay`;
}

/** `switched to g3 at 2026-11-30 15:01:02 UTC: the reports read it now` */
export function rebuildSwitchedLine(rebuild: ProjectionRebuild): string {
  const at = rebuild.switchedAt === null ? '' : ` at ${formatTimestamp(rebuild.switchedAt, 'second')}`;
  return `switched to ${rebuild.generation}${at}: the reports read it now`;
}

/** `done: g3 live, 500,000 events read (480,000 applied, 20,000 ignored, 0 invalid) in 61 s` */
export function rebuildDoneLine(rebuild: ProjectionRebuild): string {
  return `done: ${rebuild.generation} live, ${rebuildCounts(rebuild)} in ${formatElapsed(rebuildElapsedSeconds(rebuild))}`;
}

/**
 * Why a failed or abandoned rebuild matters: how far it went, and which generation the reports read
 * now (the one it replaced, unless it had switched over before it stopped).
 */
export function rebuildFailureMessage(rebuild: ProjectionRebuild, liveGeneration: string): string {
  const live = liveGeneration === rebuild.generation ? `${liveGeneration} is live (it had switched over)` : `${liveGeneration} is still live`;
  return `rebuild ${rebuild.generation} ${rebuild.status} after ${counted(rebuild)} in ${formatElapsed(rebuildElapsedSeconds(rebuild))}; ${live}`;
}
