/** What a load can send: one kind of request, with a body per request taken in turn. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  /** Absolute URL. */
  url: string;
  headers: Record<string, string>;
  /** Bodies sent in turn (varied, as real submissions are); none for a GET. */
  bodies?: string[];
}

/** What a target process says once it listens: the requests the bench may send it, by name. */
export interface TargetReady {
  type: 'ready';
  requests: Record<string, RequestSpec>;
}

/** How the target's own process fared since the last reset (its event loop and its memory). */
export interface TargetStats {
  /** The longest the event loop was blocked (nothing else could run), ms. */
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
  /** The longest garbage-collection pause, ms. */
  longestGcPauseMs: number;
  rssMiB: number;
  /** MiB; live data only when the stats were asked with `collect` (a full garbage collection first). */
  heapUsedMiB: number;
  /** Messages the in-memory bus still holds (the one-process platform only). */
  busMessagesHeld?: number;
}

export type TargetCommand = { type: 'stats'; reset: boolean; collect: boolean } | { type: 'settle' } | { type: 'stop' };
export type TargetReply = TargetReady | { type: 'stats'; stats: TargetStats } | { type: 'settled' } | { type: 'failed'; error: string };

/** How many different bodies a POST target offers: enough that no cache or duplicate check sees one twice in a row. */
export const BODY_VARIANTS = 512;
