import type { Principal } from '@corredor/service-kit';

export const TIMELINE_KINDS = ['status', 'assignment', 'consent', 'service', 'labour-claim', 'task', 'note', 'transfer', 'referral'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One thing that happened on a case, as the timeline shows it. `detail` is the feature's own view of it. */
export interface TimelineEntry {
  /** Unique across sources: `<kind>:<id>` */
  id: string;
  kind: TimelineKind;
  at: Date;
  /** Staff user id of who did it, when known. */
  by: string | null;
  detail: Record<string, unknown>;
}

/** Where a timeline page ends: entries strictly older than this (at, then id descending) come next. */
export type TimelinePosition = readonly [at: Date, id: string];

/**
 * A feature's contribution to a case's timeline. Each source returns at most `limit` entries older
 * than `before`, newest first (at desc, id desc), showing only what `viewer` may see; the timeline
 * merges the sources and keeps the newest `limit`.
 */
export interface TimelineSource {
  entries(query: { tenant: string; caseId: string; before: TimelinePosition | null; limit: number; viewer: Principal }): Promise<TimelineEntry[]>;
}
