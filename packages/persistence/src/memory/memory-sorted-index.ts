import { compareKeys, fillKey, sortKeys, type Key, type SortKey } from './memory-order';
import { partitionPoint } from './partition-point';

/**
 * Like a MongoDB index on a list's sort keys: the documents kept in that order, so a sorted and
 * limited find walks them from the first (or the last, for the reverse sort) and stops once it has
 * enough matches, instead of testing every document and sorting the matches. The id must be the
 * last key: no two documents tie, so walking the index gives exactly the order mingo's sort gives.
 */
export class SortedIndex<T extends { id: string }> {
  private readonly keys: SortKey[];
  private readonly entries: Array<{ doc: T; key: Key }> = [];
  /** False once a document held a value this module does not order (an array...): finds then take the general path. */
  private usable = true;

  constructor(readonly spec: Readonly<Record<string, 1 | -1>>) {
    const keys = sortKeys({ ...spec });
    if (!keys || keys.at(-1)?.path.join('.') !== 'id') throw new Error(`a sorted index ends with the id: ${JSON.stringify(spec)}`);
    this.keys = keys;
  }

  /** 1: the sort is this index's order; -1: its reverse; 0: neither (or the index is not usable). */
  direction(sort: Record<string, 1 | -1>): 1 | -1 | 0 {
    const wanted = sortKeys(sort);
    if (!this.usable || !wanted || wanted.length !== this.keys.length) return 0;
    const same = (flip: boolean) => wanted.every((key, i) => key.path.join('.') === this.keys[i]?.path.join('.') && key.descending === (this.keys[i]?.descending !== flip));
    return same(false) ? 1 : same(true) ? -1 : 0;
  }

  /** The stored documents in the index's order (direction 1) or its reverse (-1). */
  *walk(direction: 1 | -1): Generator<T> {
    if (direction === 1) for (let i = 0; i < this.entries.length; i++) yield (this.entries[i] as { doc: T }).doc;
    else for (let i = this.entries.length - 1; i >= 0; i--) yield (this.entries[i] as { doc: T }).doc;
  }

  /** Follows a write of the collection: `before` leaves, `after` comes in (either may be absent). */
  update(before: T | undefined, after: T | undefined): void {
    if (!this.usable) return;
    if (before) {
      const key: Key = [];
      if (fillKey(before, this.keys, key)) {
        const at = this.position(key);
        if (this.entries[at]?.doc === before) this.entries.splice(at, 1);
      }
    }
    if (after) {
      const key: Key = [];
      if (!fillKey(after, this.keys, key)) {
        this.usable = false;
        this.entries.length = 0;
        return;
      }
      const last = this.entries.at(-1);
      // Most writes are the newest document: an append.
      if (!last || compareKeys(last.key, key, this.keys) < 0) this.entries.push({ doc: after, key });
      else this.entries.splice(this.position(key), 0, { doc: after, key });
    }
  }

  /** Where a key is, or would go. */
  private position(key: Key): number {
    return partitionPoint(0, this.entries.length, (i) => compareKeys((this.entries[i] as { key: Key }).key, key, this.keys) < 0);
  }
}
