import type { TimelineEntry, TimelinePosition } from './timeline-source';

/** Timeline order: newest first, then id descending (code-unit order, as MongoDB orders the ASCII ids). */
export function newestFirst(a: Pick<TimelineEntry, 'at' | 'id'>, b: Pick<TimelineEntry, 'at' | 'id'>): number {
  const byTime = b.at.getTime() - a.at.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Whether an entry comes after (is older than) a position in timeline order. */
export function isOlderThan(entry: Pick<TimelineEntry, 'at' | 'id'>, position: TimelinePosition): boolean {
  return newestFirst({ at: position[0], id: position[1] }, entry) < 0;
}

/**
 * The newest `limit` entries of several lists, each already limited by its source: since every
 * source gave its own newest, the newest of their union are the newest overall. An id seen twice
 * (a source that overlaps another) is kept once.
 */
export function mergeNewest(lists: readonly TimelineEntry[][], limit: number): TimelineEntry[] {
  const seen = new Set<string>();
  return lists
    .flat()
    .sort(newestFirst)
    .filter((entry) => !seen.has(entry.id) && seen.add(entry.id))
    .slice(0, limit);
}

/**
 * How a source whose entry ids are `prefix + key` finds its entries older than a position: those
 * before its instant, and at the same instant those whose id sorts below the position's id. The
 * position may come from another source, so the comparison of ids is turned into one on keys:
 * all of this source's ids sort below it, none do, or those whose key is below `key`.
 */
export type SourceBound = { at: Date; ties: 'all' | 'none' } | { at: Date; ties: 'below'; key: string };

export function boundFor(prefix: string, before: TimelinePosition | null): SourceBound | null {
  if (!before) return null;
  const [at, id] = before;
  if (id.startsWith(prefix)) return { at, ties: 'below', key: id.slice(prefix.length) };
  return { at, ties: prefix < id ? 'all' : 'none' };
}
