/** A string or a number, told apart (1 and '1' are different keys, as MongoDB compares them). */
type PlainKey = string | number;
const keyOf = (value: PlainKey) => (typeof value === 'number' ? `n:${value}` : `s:${value}`);
/** A value an index can key: a string or a number. */
export const isPlainKey = (value: unknown): value is PlainKey => typeof value === 'string' || typeof value === 'number';

/**
 * Like a MongoDB multikey index on one field (a dotted path through plain objects): each string or
 * number the field holds, alone or as an element of an array, leads to the documents holding it.
 * A filter asking for that field to equal a value, or to be `$in` a list of values, is then tested
 * on those documents only instead of on all of them: the returning-person search by blind index.
 * A document whose path crosses an array or another object it cannot read is a candidate for
 * every search, so the index can only narrow the search, never change its answer.
 */
export class MultikeyIndex {
  private readonly path: string[];
  private readonly ids = new Map<string, Set<string>>();
  private readonly unreadable = new Set<string>();

  constructor(readonly field: string) {
    this.path = field.split('.');
  }

  /**
   * The ids of the documents that may match the filter's condition on this field, or null when the
   * filter has no condition this index can answer (then every document is a candidate).
   */
  candidates(filter: Record<string, unknown>): Set<string> | null {
    const condition = filter[this.field];
    const values = isPlainKey(condition) ? [condition] : inList(condition);
    if (!values) return null;
    const found = new Set(this.unreadable);
    for (const value of values) for (const id of this.ids.get(keyOf(value)) ?? []) found.add(id);
    return found;
  }

  /** Follows a write of the collection: `before` leaves, `after` comes in (either may be absent). */
  update(id: string, before: object | undefined, after: object | undefined): void {
    if (before) {
      this.unreadable.delete(id);
      for (const key of this.keysOf(before) ?? []) {
        const holders = this.ids.get(key);
        holders?.delete(id);
        if (holders?.size === 0) this.ids.delete(key);
      }
    }
    if (after) {
      const keys = this.keysOf(after);
      if (keys === null) this.unreadable.add(id);
      else for (const key of keys) this.ids.set(key, (this.ids.get(key) ?? new Set<string>()).add(id));
    }
  }

  /** The keys a document holds at the path; null when the path crosses something this index does not read. */
  private keysOf(doc: object): string[] | null {
    let value: unknown = doc;
    for (const step of this.path) {
      if (value === null || value === undefined) return [];
      if (typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return null;
      value = Object.hasOwn(value, step) ? (value as Record<string, unknown>)[step] : undefined;
    }
    if (value === null || value === undefined) return [];
    if (isPlainKey(value)) return [keyOf(value)];
    if (!Array.isArray(value)) return [];
    // Elements that are neither strings nor numbers can match no plain value: they need no key.
    return value.filter(isPlainKey).map(keyOf);
  }
}

/** The values of `{ $in: [...] }` when they are all strings or numbers and nothing else is asked. */
function inList(condition: unknown): PlainKey[] | null {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return null;
  const keys = Object.keys(condition);
  const list = (condition as { $in?: unknown }).$in;
  return keys.length === 1 && keys[0] === '$in' && Array.isArray(list) && list.every(isPlainKey) ? list : null;
}
