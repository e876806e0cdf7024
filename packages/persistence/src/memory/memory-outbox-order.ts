import { partitionPoint } from './partition-point';

interface Entry {
  id: string;
  position: number;
  removed: boolean;
}

/** Below this many removed entries, skipping them costs less than compacting. */
const COMPACT_AFTER = 1024;

/**
 * Ids in ascending position, ties in arrival order (as a stable sort of the records by position
 * gives). Positions normally arrive in increasing order (see the messaging outbox's nextPosition),
 * so adding is an append; one that arrives late is placed by binary search. Removal marks the entry
 * and drops it once it reaches the front (publishing removes the oldest), so draining the whole
 * outbox in batches is linear in its size.
 */
export class PublishingOrder {
  private entries: Entry[] = [];
  /** Entries before it are all removed. */
  private head = 0;
  /** Removed entries at or after head. */
  private removedAhead = 0;
  private readonly live = new Map<string, Entry>();

  add(id: string, position: number): void {
    this.remove(id);
    const entry: Entry = { id, position, removed: false };
    this.live.set(id, entry);
    const last = this.entries[this.entries.length - 1];
    if (last === undefined || last.position <= position) {
      this.entries.push(entry);
      return;
    }
    // After every entry not later than it, as a stable sort would place it.
    this.entries.splice(partitionPoint(this.head, this.entries.length, (i) => (this.entries[i] as Entry).position <= position), 0, entry);
  }

  remove(id: string): void {
    const entry = this.live.get(id);
    if (!entry) return;
    this.live.delete(id);
    entry.removed = true;
    this.removedAhead += 1;
    while (this.entries[this.head]?.removed) {
      this.head += 1;
      this.removedAhead -= 1;
    }
    if (this.head > COMPACT_AFTER && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    if (this.removedAhead > COMPACT_AFTER && this.removedAhead > this.live.size) {
      this.entries = this.entries.slice(this.head).filter((kept) => !kept.removed);
      this.head = 0;
      this.removedAhead = 0;
    }
  }

  /** The ids of the first `limit` entries. */
  first(limit: number): string[] {
    const ids: string[] = [];
    for (let i = this.head; i < this.entries.length && ids.length < limit; i++) {
      const entry = this.entries[i] as Entry;
      if (!entry.removed) ids.push(entry.id);
    }
    return ids;
  }
}
