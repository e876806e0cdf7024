import { aggregate } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { DuplicateKeyError, NotFoundError, VersionConflictError } from '../errors';
import { compileFilter, type Matcher } from './memory-filter';
import { isCount, orderAndPage } from './memory-order';
import { isPlainKey, MultikeyIndex } from './memory-multikey-index';
import { SortedIndex } from './memory-sorted-index';

/** Like a MongoDB unique index with a partial filter: documents missing one of the fields (null) are not indexed. */
export interface UniqueIndex<T> {
  name: string;
  fields: ReadonlyArray<keyof T & string>;
}

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
}

type Stored = { id: string };

/** Hears a write: what the document was and what it is now (undefined: absent). */
export type WriteListener<T> = (id: string, before: T | undefined, after: T | undefined) => void;

/** Collections created while a test watches (see watchMemoryCollections); empty unless one does. */
const watchers = new Set<Set<MemoryCollection<Stored>>>();

/**
 * For tests: collects every MemoryCollection created from now on (in any service), so a test can
 * prove a request changed nothing in any store. Call `stop` when done; nothing is kept otherwise.
 */
export function watchMemoryCollections(): { collections(): ReadonlyArray<MemoryCollection<Stored>>; snapshot(): string; stop(): void } {
  const seen = new Set<MemoryCollection<Stored>>();
  watchers.add(seen);
  return {
    collections: () => [...seen],
    snapshot: () => JSON.stringify([...seen].map((collection) => [collection.name, collection.contents()])),
    stop: () => void watchers.delete(seen),
  };
}

/**
 * A deep copy made with this module's own constructors. structuredClone would do, but its Dates can
 * come from another realm than mingo's (jest runs tests in a VM context), and mingo then compares
 * them as plain objects: wrongly, to the second at best.
 */
function copy<V>(value: V): V {
  if (value === null || typeof value !== 'object') return value;
  // Most values are plain objects: copied field by field without the entry arrays fromEntries needs.
  if (Object.getPrototypeOf(value) === Object.prototype && !(Symbol.toStringTag in value)) return copyFields(value) as V;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as unknown as Date).getTime()) as V;
  if (Array.isArray(value)) return value.map(copy) as V;
  if (Buffer.isBuffer(value)) return Buffer.from(value) as V;
  if (ArrayBuffer.isView(value)) return structuredClone(value);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copy(v)])) as V;
  if (value instanceof Set) return new Set([...value].map(copy)) as V;
  if (Object.prototype.toString.call(value) === '[object RegExp]') return value;
  return copyFields(value) as V;
}

function copyFields(value: object): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = copy((value as Record<string, unknown>)[key]);
    // Assigning `__proto__` would set the prototype instead of making a field.
    if (key === '__proto__') Object.defineProperty(result, key, { value: field, enumerable: true, writable: true, configurable: true });
    else result[key] = field;
  }
  return result;
}

/**
 * A collection held in memory that behaves like its MongoDB twin where callers can tell: unique
 * indexes refuse duplicates, versioned replaces refuse stale writes, filters and aggregation
 * pipelines use MongoDB's language (evaluated by mingo, except plain equalities, tested directly:
 * see compileFilter), and documents are copied in and out so a caller cannot change stored state by
 * mutating what it got. Like MongoDB, a filter on `id` or on every field of a unique index is
 * answered from the index instead of a scan.
 */
export class MemoryCollection<T extends Stored> {
  private readonly docs = new Map<string, T>();
  private readonly indexes: Array<{ index: UniqueIndex<T>; keys: Map<string, string> }>;
  /** While a transaction runs: what each touched document was before it (undefined: absent). */
  private journal: Map<string, T | undefined> | null = null;

  /** Non-unique indexes: what each key's documents are, so a filter on those fields reads only them. */
  private readonly lookups: Array<{ fields: ReadonlyArray<keyof T & string>; keys: Map<string, Set<string>> }>;

  private readonly listeners: Array<WriteListener<T>> = [];

  /**
   * `lookupIndexes` are like MongoDB's ordinary indexes: a filter that holds each of their fields
   * (with a plain value) is evaluated on the documents with those values only, instead of on every
   * document. They change speed, never results.
   */
  /** Lists' sort orders kept up to date (see SortedIndex). */
  private readonly sorted: Array<SortedIndex<T>>;
  /** Array fields' values (see MultikeyIndex). */
  private readonly multikeys: MultikeyIndex[];

  /**
   * More indexes, which too change speed, never results:
   * - `sorted`, like MongoDB's indexes on a list's sort keys (each ending with the id): a sorted,
   *   limited find reads the first documents in that order instead of all of them (the newest
   *   notifications, a page of cases);
   * - `multikey`, like MongoDB's multikey indexes: a find asking for a field (an array's element,
   *   or its value) to equal a value or be `$in` a list tests only the documents holding one.
   */
  constructor(
    readonly name: string,
    uniqueIndexes: ReadonlyArray<UniqueIndex<T>> = [],
    lookupIndexes: ReadonlyArray<ReadonlyArray<keyof T & string>> = [],
    more: { sorted?: ReadonlyArray<Readonly<Record<string, 1 | -1>>>; multikey?: readonly string[] } = {},
  ) {
    this.indexes = uniqueIndexes.map((index) => ({ index, keys: new Map() }));
    this.lookups = lookupIndexes.map((fields) => ({ fields, keys: new Map() }));
    this.sorted = (more.sorted ?? []).map((spec) => new SortedIndex<T>(spec));
    this.multikeys = (more.multikey ?? []).map((field) => new MultikeyIndex(field));
    for (const watcher of watchers) watcher.add(this as unknown as MemoryCollection<Stored>);
  }

  /** Every document, in id order: a copy, for tests that compare a store before and after. */
  contents(): T[] {
    return [...this.docs.keys()].sort().map((id) => copy(this.docs.get(id) as T));
  }

  /** Whether a document has this id: the cheapest question, with nothing copied. */
  has(id: string): boolean {
    return this.docs.has(id);
  }

  /**
   * For a store that keeps its own index of this collection (the outbox's publishing order): hears
   * every write once it is done, rollbacks included. It is handed the stored documents: read only.
   */
  onWrite(listener: WriteListener<T>): void {
    this.listeners.push(listener);
  }

  insert(doc: T): void {
    if (this.docs.has(doc.id)) throw new DuplicateKeyError(this.name, '_id');
    this.checkUnique(doc);
    this.write(doc.id, copy(doc));
  }

  /** Replaces a versioned document if it is still at `expectedVersion`; the stored version becomes expectedVersion + 1. */
  replaceVersioned(doc: T & { version: number }, expectedVersion: number): void {
    const current = this.docs.get(doc.id) as (T & { version: number }) | undefined;
    if (!current) throw new NotFoundError(this.name, doc.id);
    if (current.version !== expectedVersion) throw new VersionConflictError(this.name, doc.id, expectedVersion);
    this.checkUnique(doc);
    this.write(doc.id, copy({ ...doc, version: expectedVersion + 1 }));
  }

  /** Applies a change to every matching document (like updateMany with a computed replacement). */
  updateWhere(filter: AnyObject, change: (doc: T) => T): number {
    const matches = this.match(filter);
    for (const doc of matches) {
      const changed = change(copy(doc));
      this.checkUnique(changed);
      this.write(doc.id, copy(changed));
    }
    return matches.length;
  }

  deleteWhere(filter: AnyObject): number {
    const matches = this.match(filter);
    for (const doc of matches) this.write(doc.id, undefined);
    return matches.length;
  }

  findOne(filter: AnyObject): T | undefined {
    return this.find(filter, { limit: 1 })[0];
  }

  find(filter: AnyObject, options: FindOptions = {}): T[] {
    const { docs: candidates, exact, everything } = this.lookup(filter);
    // A filter the index answered entirely (by id, or every field of a unique index and nothing
    // else) needs no evaluation: the hot path of every "already processed?" and "find by id".
    if (exact) return options.skip || options.limit === 0 ? [] : [...candidates].map(copy);
    const { sort, skip = 0, limit } = options;
    // When no other index narrowed the candidates down, a sorted index gives them in order.
    if (everything && sort && limit !== undefined && isCount(skip) && isCount(limit)) {
      for (const index of this.sorted) {
        const direction = index.direction(sort);
        if (direction === 0) continue;
        // Documents come in the sort's order: the first skip + limit matches are the page.
        return this.matching(index.walk(direction), compileFilter(filter), skip + limit)
          .slice(skip)
          .map(copy);
      }
    }
    // Unsorted, the first matches are the answer: stop looking once there are enough.
    const enough = !sort && limit !== undefined && isCount(skip) && isCount(limit) ? skip + limit : Infinity;
    return orderAndPage(this.matching(candidates, compileFilter(filter), enough), options).map(copy);
  }

  count(filter: AnyObject): number {
    return Object.keys(filter).length === 0 ? this.docs.size : this.match(filter).length;
  }

  aggregate<R extends AnyObject>(pipeline: AnyObject[]): R[] {
    return aggregate([...this.docs.values()] as unknown as AnyObject[], pipeline) as R[];
  }

  /** For memoryTransaction: journal every write from now on; the returned function undoes them. */
  begin(): { undo(): void; end(): void } {
    const journal = new Map<string, T | undefined>();
    this.journal = journal;
    return {
      undo: () => {
        this.journal = null;
        for (const [id, before] of [...journal].reverse()) this.write(id, before);
      },
      end: () => {
        this.journal = null;
      },
    };
  }

  private match(filter: AnyObject): T[] {
    const { docs, exact } = this.lookup(filter);
    if (exact) return [...docs];
    return this.matching(docs, compileFilter(filter), Infinity);
  }

  /** The candidates a compiled filter matches, in order, up to `enough` of them. */
  private matching(candidates: Iterable<T>, matcher: Matcher, enough: number): T[] {
    const matches: T[] = [];
    if (enough <= 0) return matches;
    for (const doc of candidates) {
      if (matcher !== null && !matcher(doc as unknown as AnyObject)) continue;
      if (matches.push(doc) >= enough) break;
    }
    return matches;
  }

  /**
   * The documents a filter can match (one by id, one through a unique index, or all of them), and
   * whether they are exactly its matches (the filter holds nothing but what the index looked up, so
   * no evaluation is needed).
   */
  private lookup(filter: AnyObject): { docs: Iterable<T>; exact: boolean; everything?: boolean } {
    const fields = Object.keys(filter).length;
    const pick = (id: string | undefined, exact: boolean) => {
      const doc = id === undefined ? undefined : this.docs.get(id);
      return { docs: doc ? [doc] : [], exact };
    };
    if (typeof filter['id'] === 'string') return pick(filter['id'], fields === 1);
    for (const { index, keys } of this.indexes) {
      const values = index.fields.map((field) => filter[field]);
      if (values.every(isPlainKey)) return pick(keys.get(JSON.stringify(values)), fields === index.fields.length);
    }
    for (const { fields: lookupFields, keys } of this.lookups) {
      const values = lookupFields.map((field) => filter[field]);
      if (values.every(isPlainKey)) {
        const docs: T[] = [];
        for (const id of keys.get(JSON.stringify(values)) ?? []) {
          const doc = this.docs.get(id);
          if (doc) docs.push(doc);
        }
        return { docs, exact: false };
      }
    }
    for (const multikey of this.multikeys) {
      const ids = multikey.candidates(filter);
      // Read in the collection's order, so unsorted answers and ties come out as a scan gives them.
      if (ids) return { docs: holding(this.docs.values(), ids), exact: false };
    }
    return { docs: this.docs.values(), exact: false, everything: true };
  }

  private indexKey(index: UniqueIndex<T>, doc: T): string | null {
    const values = index.fields.map((field) => doc[field]);
    return values.some((value) => value === null || value === undefined) ? null : JSON.stringify(values);
  }

  private checkUnique(doc: T): void {
    for (const { index, keys } of this.indexes) {
      const key = this.indexKey(index, doc);
      const holder = key === null ? undefined : keys.get(key);
      if (holder !== undefined && holder !== doc.id) throw new DuplicateKeyError(this.name, index.name);
    }
  }

  /** The one place documents change, so indexes and the transaction journal stay right. */
  private write(id: string, doc: T | undefined): void {
    const before = this.docs.get(id);
    if (this.journal && !this.journal.has(id)) this.journal.set(id, before);
    for (const { index, keys } of this.indexes) {
      const oldKey = before ? this.indexKey(index, before) : null;
      if (oldKey !== null && keys.get(oldKey) === id) keys.delete(oldKey);
      const newKey = doc ? this.indexKey(index, doc) : null;
      if (newKey !== null) keys.set(newKey, id);
    }
    for (const { fields, keys } of this.lookups) {
      const oldKey = before ? JSON.stringify(fields.map((field) => before[field])) : null;
      if (oldKey !== null) keys.get(oldKey)?.delete(id);
      if (oldKey !== null && keys.get(oldKey)?.size === 0) keys.delete(oldKey);
      if (doc) {
        const newKey = JSON.stringify(fields.map((field) => doc[field]));
        keys.set(newKey, (keys.get(newKey) ?? new Set<string>()).add(id));
      }
    }
    if (doc) this.docs.set(id, doc);
    else this.docs.delete(id);
    for (const index of this.sorted) index.update(before, doc);
    for (const multikey of this.multikeys) multikey.update(id, before, doc);
    for (const listener of this.listeners) listener(id, before, doc);
  }
}

/** The documents among `docs` with one of these ids, in the order of `docs`. */
function* holding<T extends Stored>(docs: Iterable<T>, ids: ReadonlySet<string>): Generator<T> {
  for (const doc of docs) if (ids.has(doc.id)) yield doc;
}

/**
 * Runs `work` so that its writes to these collections land together or not at all, as a MongoDB
 * transaction would. `work` is synchronous, so nothing else interleaves with it.
 */
export function memoryTransaction<R>(collections: ReadonlyArray<{ begin(): { undo(): void; end(): void } }>, work: () => R): R {
  const journals = collections.map((collection) => collection.begin());
  try {
    const result = work();
    for (const journal of journals) journal.end();
    return result;
  } catch (error) {
    for (const journal of journals) journal.undo();
    throw error;
  }
}
