import { z } from 'zod';
import { RequestValidationError } from '../http/problem';
import { trusted } from '@corredor/persistence';

/** `limit` (1..max, default) and an opaque `cursor` from the previous page's `nextCursor`. */
export function pageQuery(options: { defaultLimit?: number; maxLimit?: number } = {}) {
  const max = options.maxLimit ?? 100;
  return z.object({
    limit: z.coerce.number().int().min(1).max(max).default(options.defaultLimit ?? Math.min(25, max)),
    cursor: z.string().min(1).max(1000).optional().meta({ description: 'The nextCursor of the previous page' }),
  });
}

/** A page of items; `nextCursor` is null on the last page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export interface ApiPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Where a page ended, as an opaque string: the sort values of its last item. */
export function encodeCursor(position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(position.map((value) => (value instanceof Date ? value.toISOString() : value)))).toString('base64url');
}

/**
 * The position a cursor holds, checked against the schema of the sort values (a tuple, with
 * `z.coerce.date()` for dates); a cursor that was tampered with or belongs to another list is a 422.
 */
export function decodeCursor<S extends z.ZodType>(cursor: string | undefined, schema: S): z.infer<S> | null {
  if (cursor === undefined) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new RequestValidationError([{ field: 'query.cursor', message: 'is not a cursor of this list; start again without it' }]);
  return parsed.data;
}

export type SortKey = readonly [field: string, direction: 1 | -1];

/**
 * The MongoDB filter for "after this position" in a keyset sort: with sort [[a, -1], [id, 1]] and
 * position [x, y], documents with a < x, or a = x and id > y. Works with mingo and MongoDB alike;
 * the last sort key must be unique (the id) so no item is skipped or repeated.
 */
export function afterPosition(sort: readonly SortKey[], position: readonly unknown[]): Record<string, unknown> {
  const branches = sort.map(([field, direction], index) => {
    const equal = Object.fromEntries(sort.slice(0, index).map(([previous], i) => [previous, position[i]]));
    // Written here, not sent by a client: marked trusted so MongoDB's sanitizeFilter keeps the operator (mingo ignores the mark).
    return { ...equal, [field]: trusted({ [direction === 1 ? '$gt' : '$lt']: position[index] }) };
  });
  return { $or: branches };
}

/** Builds a page from `limit + 1` items fetched: the extra one only says there is a next page. */
export function toPage<T>(fetched: T[], limit: number, positionOf: (item: T) => readonly unknown[]): ApiPage<T> {
  const items = fetched.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: fetched.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null };
}
