import { Query } from 'mingo/query';
import type { AnyObject } from 'mingo/types';
import { QUERY_CONTEXT } from './memory-filter';
import { partitionPoint } from './partition-point';

export interface Paging {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
}

export interface SortKey {
  path: string[];
  descending: boolean;
}

const UNSORTABLE = Symbol('unsortable');
type Simple = string | number | boolean | Date | null | undefined;

export const isCount = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0);

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A document's value at a sort key, when it is one this module orders exactly as mingo does
 * (missing, null, a string, a boolean, a number or a valid Date, reached through plain objects);
 * anything else (arrays, NaN, other objects) is left to mingo.
 */
function valueAt(doc: object, path: string[]): Simple | typeof UNSORTABLE {
  let value: unknown = doc;
  for (const field of path) {
    if (value === null || value === undefined || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
    if (typeof value === 'function' || Array.isArray(value) || !isPlainObject(value)) return UNSORTABLE;
    value = Object.hasOwn(value, field) ? (value as AnyObject)[field] : undefined;
  }
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? UNSORTABLE : value;
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : UNSORTABLE;
}

/** mingo's (and MongoDB's) order of types: missing and null alike, then numbers, strings, booleans, dates. */
function rank(value: Simple): number {
  if (value === null || value === undefined) return 2;
  if (typeof value === 'number') return 3;
  if (typeof value === 'string') return 4;
  if (typeof value === 'boolean') return 9;
  return 10;
}

export function sortKeys(sort: Record<string, 1 | -1>): SortKey[] | null {
  const keys = Object.keys(sort).map((key) => ({ path: key.split('.'), descending: sort[key] === -1 }));
  return keys.length === 0 || keys.some((key) => key.path.includes('__proto__')) ? null : keys;
}

/** A document's sort values, each as its type's rank then a value `<` orders within the type. */
export type Key = Array<number | string | boolean | null>;

/** Writes a document's sort values into `key`; false when one is a value this module does not order. */
export function fillKey(doc: object, keys: readonly SortKey[], key: Key): boolean {
  for (let i = 0; i < keys.length; i++) {
    const value = valueAt(doc, (keys[i] as SortKey).path);
    if (value === UNSORTABLE) return false;
    key[2 * i] = rank(value);
    key[2 * i + 1] = value === undefined ? null : value instanceof Date ? value.getTime() : value;
  }
  return true;
}

/** Negative when `a` comes first in the sort, as mingo orders. */
export function compareKeys(a: Key, b: Key, keys: readonly SortKey[]): number {
  for (let i = 0; i < keys.length; i++) {
    const sameType = a[2 * i] === b[2 * i];
    const x = (sameType ? a[2 * i + 1] : a[2 * i]) as number;
    const y = (sameType ? b[2 * i + 1] : b[2 * i]) as number;
    // Within a type, null (missing or null) only meets null: equal, as neither is < or >.
    const order = x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return (keys[i] as SortKey).descending ? -order : order;
  }
  return 0;
}

/**
 * The first `wanted` documents in sort order, ties in the order given: mingo's sort is stable (it
 * groups equal values and keeps each group's order), so this is its result, but without sorting
 * everything when only the first few are wanted. null: a value this module does not order.
 */
function firstInOrder<T extends object>(docs: T[], keys: SortKey[], wanted: number): T[] | null {
  const fill = (doc: T, key: Key): boolean => fillKey(doc, keys, key);
  const compare = (a: Key, b: Key): number => compareKeys(a, b, keys);
  if (wanted * 4 >= docs.length) {
    const rows: Array<{ doc: T; key: Key }> = [];
    for (const doc of docs) {
      const key: Key = [];
      if (!fill(doc, key)) return null;
      rows.push({ doc, key });
    }
    return rows.sort((a, b) => compare(a.key, b.key)).map((row) => row.doc);
  }
  // Only the best `wanted` so far are kept; most documents are turned away by comparing with the last.
  const best: Array<{ doc: T; key: Key }> = [];
  const key: Key = [];
  for (const doc of docs) {
    if (!fill(doc, key)) return null;
    const last = best[best.length - 1];
    if (best.length >= wanted && (last === undefined || compare(last.key, key) <= 0)) continue;
    // After every kept one that is not greater, so ties stay in arrival order.
    const low = partitionPoint(0, best.length, (i) => compare((best[i] as { key: Key }).key, key) <= 0);
    // Full: the last one leaves, and its row is reused rather than a new one allocated.
    const row = best.length >= wanted ? (best.pop() as { doc: T; key: Key }) : { doc, key: [] };
    row.doc = doc;
    for (let i = 0; i < key.length; i++) row.key[i] = key[i] as Key[number];
    // Shifted by hand: splice allocates an array of what it removes, even when that is nothing.
    for (let i = best.length; i > low; i--) best[i] = best[i - 1] as { doc: T; key: Key };
    best[low] = row;
  }
  return best.map((row) => row.doc);
}

/**
 * Sorts, skips and limits matching documents with the results mingo's cursor gives (it applies
 * sort, then skip, then limit), doing it here when the values allow and handing the rest to mingo.
 */
export function orderAndPage<T extends object>(matches: T[], { sort, skip, limit }: Paging): T[] {
  if (isCount(skip) && isCount(limit)) {
    const from = skip ?? 0;
    const to = limit === undefined ? Infinity : from + limit;
    if (!sort) return matches.slice(from, to);
    const keys = sortKeys(sort);
    const ordered = keys && firstInOrder(matches, keys, to);
    if (ordered) return ordered.slice(from, to);
  }
  let cursor = new Query({}, { context: QUERY_CONTEXT }).find<T>(matches);
  if (sort) cursor = cursor.sort(sort);
  if (skip) cursor = cursor.skip(skip);
  if (limit !== undefined) cursor = cursor.limit(limit);
  return cursor.all();
}
