import { MemoryCollection } from '@corredor/persistence';
import { z } from 'zod';
import { afterPosition, decodeCursor, encodeCursor, toPage, type SortKey } from './pagination';

interface Entry {
  id: string;
  at: Date;
}

const NEWEST_FIRST: readonly SortKey[] = [
  ['at', -1],
  ['id', -1],
];
const cursorSchema = z.tuple([z.coerce.date(), z.string()]);
const second = Date.UTC(2026, 10, 23, 15, 0, 0);

/**
 * Ties on the instant across pages, in an order where the id alone would mislead: `b` and `d` are
 * newer than `a`, `c` and `f` but sort before them with larger ids. (The instants are whole seconds
 * apart: under jest the in-memory store holds Dates of another realm, which mingo orders and
 * compares only to the second.)
 */
const entries: Entry[] = [
  { id: 'a', at: new Date(second) },
  { id: 'b', at: new Date(second + 1000) },
  { id: 'c', at: new Date(second) },
  { id: 'd', at: new Date(second + 1000) },
  { id: 'e', at: new Date(second - 1000) },
  { id: 'f', at: new Date(second) },
];
const expected = ['d', 'b', 'f', 'c', 'a', 'e'];

function store(): MemoryCollection<Entry> {
  const collection = new MemoryCollection<Entry>('entries');
  for (const entry of entries) collection.insert(entry);
  return collection;
}

describe('keyset pagination (afterPosition) on the in-memory store', () => {
  it.each([1, 2, 4])('pages %i at a time without a repeat or a gap, ties on the instant included', (limit) => {
    const collection = store();
    const seen: string[] = [];
    let position: readonly unknown[] | null = null;
    for (let page = 0; page < 10; page += 1) {
      const fetched = collection.find(position ? afterPosition(NEWEST_FIRST, position) : {}, { sort: Object.fromEntries(NEWEST_FIRST), limit: limit + 1 });
      const items = fetched.slice(0, limit);
      seen.push(...items.map((entry) => entry.id));
      const last = items[items.length - 1];
      if (fetched.length <= limit || !last) break;
      position = [last.at, last.id];
    }
    expect(seen).toEqual(expected);
  });

  it('pages the same through the opaque cursor a client sends back', () => {
    const collection = store();
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const position = decodeCursor(cursor, cursorSchema);
      const fetched = collection.find(position ? afterPosition(NEWEST_FIRST, position) : {}, { sort: Object.fromEntries(NEWEST_FIRST), limit: 2 });
      const result = toPage(fetched, 1, (entry) => [entry.at, entry.id]);
      seen.push(...result.items.map((entry) => entry.id));
      if (result.nextCursor === null) break;
      cursor = result.nextCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('orders ascending keys too', () => {
    const collection = store();
    const oldestFirst: SortKey[] = [
      ['at', 1],
      ['id', 1],
    ];
    const after = collection.find(afterPosition(oldestFirst, [new Date(second), 'c']), { sort: Object.fromEntries(oldestFirst) });
    expect(after.map((entry) => entry.id)).toEqual(['f', 'b', 'd']);
  });

  it('refuses a cursor of another list as a field error', () => {
    expect(() => decodeCursor(encodeCursor(['yesterday', 'x']), cursorSchema)).toThrow(expect.objectContaining({ errors: [{ field: 'query.cursor', message: expect.any(String) }] }));
  });
});
