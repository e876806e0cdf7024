import { aggregate, find } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { DuplicateKeyError, NotFoundError, VersionConflictError } from '../errors';

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

/**
 * A collection held in memory that behaves like its MongoDB twin where callers can tell: unique
 * indexes refuse duplicates, versioned replaces refuse stale writes, filters and aggregation
 * pipelines use MongoDB's language (evaluated by mingo), and documents are copied in and out so a
 * caller cannot change stored state by mutating what it got.
 */
export class MemoryCollection<T extends Stored> {
  private docs = new Map<string, T>();

  constructor(
    readonly name: string,
    private readonly uniqueIndexes: ReadonlyArray<UniqueIndex<T>> = [],
  ) {}

  insert(doc: T): void {
    if (this.docs.has(doc.id)) throw new DuplicateKeyError(this.name, '_id');
    this.checkUnique(doc);
    this.docs.set(doc.id, structuredClone(doc));
  }

  /** Replaces a versioned document if it is still at `expectedVersion`; the stored version becomes expectedVersion + 1. */
  replaceVersioned(doc: T & { version: number }, expectedVersion: number): void {
    const current = this.docs.get(doc.id) as (T & { version: number }) | undefined;
    if (!current) throw new NotFoundError(this.name, doc.id);
    if (current.version !== expectedVersion) throw new VersionConflictError(this.name, doc.id, expectedVersion);
    this.checkUnique(doc);
    this.docs.set(doc.id, structuredClone({ ...doc, version: expectedVersion + 1 }));
  }

  /** Applies a change to every matching document (like updateMany with a computed replacement). */
  updateWhere(filter: AnyObject, change: (doc: T) => T): number {
    const ids = this.find(filter).map((doc) => doc.id);
    for (const id of ids) {
      const current = this.docs.get(id);
      if (current) this.docs.set(id, structuredClone(change(structuredClone(current))));
    }
    return ids.length;
  }

  deleteWhere(filter: AnyObject): number {
    const ids = this.find(filter).map((doc) => doc.id);
    for (const id of ids) this.docs.delete(id);
    return ids.length;
  }

  findOne(filter: AnyObject): T | undefined {
    return this.find(filter, { limit: 1 })[0];
  }

  find(filter: AnyObject, options: FindOptions = {}): T[] {
    let cursor = find<T>(this.all(), filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return cursor.all().map((doc) => structuredClone(doc));
  }

  count(filter: AnyObject): number {
    return find(this.all(), filter).all().length;
  }

  aggregate<R extends AnyObject>(pipeline: AnyObject[]): R[] {
    return aggregate(this.all(), pipeline) as R[];
  }

  /** For transactions: what to restore if the unit of work fails. */
  snapshot(): () => void {
    const saved = new Map(this.docs);
    return () => {
      this.docs = saved;
    };
  }

  private all(): AnyObject[] {
    return [...this.docs.values()] as unknown as AnyObject[];
  }

  private checkUnique(doc: T): void {
    for (const index of this.uniqueIndexes) {
      if (index.fields.some((field) => doc[field] === null || doc[field] === undefined)) continue;
      for (const other of this.docs.values()) {
        if (other.id !== doc.id && index.fields.every((field) => other[field] === doc[field])) {
          throw new DuplicateKeyError(this.name, index.name);
        }
      }
    }
  }
}

/**
 * Runs `work` so that its writes to these collections land together or not at all, as a MongoDB
 * transaction would. `work` is synchronous, so nothing else interleaves with it.
 */
export function memoryTransaction<R>(collections: ReadonlyArray<{ snapshot(): () => void }>, work: () => R): R {
  const restores = collections.map((collection) => collection.snapshot());
  try {
    return work();
  } catch (error) {
    for (const restore of restores) restore();
    throw error;
  }
}
