/** Where one partition stands when a consumer starts: its high watermark, log start, and the group's committed offset. */
export interface PartitionStart {
  topic: string;
  partition: number;
  /** The offset the next message will get (high watermark). */
  high: string;
  /** The first offset still in the log. */
  low: string;
  /** The group's committed offset (the next one it reads), or -1 when it has none. */
  committed: string;
}

/**
 * Tells once when a consumer has handled every message its partitions held when it started. Targets
 * are set again when the consumer restarts (after a crash) until it has caught up.
 */
export class CatchUpTracker {
  private remaining: Map<string, bigint> | null = null;
  private done = false;

  constructor(private readonly onCaughtUp: () => void) {}

  get caughtUp(): boolean {
    return this.done;
  }

  /** The partitions' positions at start; the ones with nothing left to read count as caught up. */
  start(partitions: readonly PartitionStart[]): void {
    if (this.done) return;
    this.remaining = new Map();
    for (const p of partitions) {
      const high = BigInt(p.high);
      const from = BigInt(p.committed) > BigInt(p.low) ? BigInt(p.committed) : BigInt(p.low);
      if (from < high) this.remaining.set(`${p.topic}/${p.partition}`, high);
    }
    this.check();
  }

  /** A message was handled (its offset will be committed). */
  handled(topic: string, partition: number, offset: string): void {
    if (this.done || !this.remaining) return;
    const slot = `${topic}/${partition}`;
    const end = this.remaining.get(slot);
    if (end !== undefined && BigInt(offset) + 1n >= end) this.remaining.delete(slot);
    this.check();
  }

  private check(): void {
    if (this.done || !this.remaining || this.remaining.size > 0) return;
    this.done = true;
    this.onCaughtUp();
  }
}
