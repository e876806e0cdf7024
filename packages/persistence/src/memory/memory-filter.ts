import { Query as QueryWithEveryOperator } from 'mingo';
import { Context } from 'mingo/core';
import * as queryOperators from 'mingo/operators/query';
import { Query } from 'mingo/query';
import type { AnyObject } from 'mingo/types';

/** A compiled filter; null when it matches every document (an empty filter). */
export type Matcher = ((doc: AnyObject) => boolean) | null;

type Plain = string | number | boolean;

/**
 * mingo copies its whole context (every operator it has, ~300) into each Query it builds, which was
 * most of a query's cost: a context with the query operators alone is copied in a tenth of the time.
 * Only `$expr` needs more (expression operators), so filters that use it get mingo's full context.
 */
export const QUERY_CONTEXT = Context.init({ query: queryOperators });

/** A top-level field (no path, no operator); `__proto__` is left to mingo, whose odd answer for it stands. */
function isPlainField(key: string): boolean {
  return key !== '' && key[0] !== '$' && !key.includes('.') && key !== '__proto__';
}

function isPlainValue(value: unknown): value is Plain {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * MongoDB (and mingo) equality of a stored value with a string, number or boolean: the same value
 * (NaN equals NaN), or an array holding it as one of its elements (not inside a nested array).
 * Anything else never matches: a Date, an object, null or a missing field, a number against a
 * numeric string, a boolean against 0 or 1.
 */
function equals(stored: unknown, value: Plain): boolean {
  if (stored === value) return true;
  if (Array.isArray(stored)) {
    for (const element of stored) if (element === value || (element !== element && value !== value)) return true;
    return false;
  }
  return stored !== stored && value !== value;
}

function mentionsExpr(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(mentionsExpr);
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.keys(value).some((key) => key === '$expr' || mentionsExpr((value as AnyObject)[key]));
}

/**
 * Compiles a MongoDB filter. Its plain equalities (a top-level field equal to a string, number or
 * boolean) are tested directly, which is most filters and costs next to nothing; whatever else it
 * holds is evaluated by mingo, compiled here once (even if no document is tested, so a malformed
 * filter fails as it always did). Documents are plain objects (see `copy`), so reading a field
 * missing from one yields undefined or an Object.prototype method, neither equal to a plain value.
 */
export function compileFilter(filter: AnyObject): Matcher {
  const fields: string[] = [];
  const values: Plain[] = [];
  const rest: Array<[string, unknown]> = [];
  for (const key of Object.keys(filter)) {
    const value = filter[key];
    if (isPlainField(key) && isPlainValue(value)) {
      fields.push(key);
      values.push(value);
    } else {
      rest.push([key, value]);
    }
  }
  const query = rest.length === 0 ? null : mingoQuery(rest.length === fields.length + rest.length ? filter : Object.fromEntries(rest));
  if (fields.length === 0) return query ? (doc) => query.test(doc) : null;
  const count = fields.length;
  return (doc) => {
    for (let i = 0; i < count; i++) if (!equals(doc[fields[i] as string], values[i] as Plain)) return false;
    return query === null || query.test(doc);
  };
}

function mingoQuery(filter: AnyObject): { test(doc: AnyObject): boolean } {
  return mentionsExpr(filter) ? new QueryWithEveryOperator(filter) : new Query(filter, { context: QUERY_CONTEXT });
}
