import { find } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { MemoryCollection, type FindOptions } from './memory-collection';

// The collection answers plain equalities and simple sorts itself; mingo (as MongoDB's stand-in) is
// the oracle: every answer below must be the one mingo gives on the same documents.

type Doc = { id: string } & AnyObject;

const tricky: Doc[] = [
  { id: 'string', v: '1', s: 'b' },
  { id: 'number', v: 1, s: 2 },
  { id: 'float', v: 1.5, s: 1.5 },
  { id: 'zero', v: 0, s: 0 },
  { id: 'negative-zero', v: -0, s: -0 },
  { id: 'nan', v: NaN, s: 'a' },
  { id: 'true', v: true, s: true },
  { id: 'false', v: false, s: false },
  { id: 'null', v: null, s: null },
  { id: 'missing' },
  { id: 'empty-string', v: '', s: '' },
  { id: 'date', v: new Date(1000), s: new Date(1000) },
  { id: 'same-date', v: new Date(1000), s: new Date(1000), t: 1 },
  { id: 'array', v: ['1', 2, true], s: 'B' },
  { id: 'nested-array', v: [['1'], [2]], s: 'b' },
  { id: 'array-of-objects', v: [{ v: '1' }], s: 2 },
  { id: 'object', v: { v: '1' }, s: new Date(-5) },
  { id: 'empty-array', v: [], s: 'é' },
  { id: 'array-with-nan', v: [NaN, 0], s: 1 },
  { id: 'other-field', w: '1', v: 'x', s: 'b', t: 2 },
  { id: 'own-constructor', constructor: 'c', v: 'x', t: 1 },
  // Sort values only mingo orders (it compares arrays by their elements, and NaN and invalid dates oddly).
  { id: 'array-sort', v: 'y', s: [3, 1], t: 2 },
  { id: 'object-sort', s: { x: 1 } },
  { id: 'nan-sort', s: NaN, t: 1 },
  { id: 'invalid-date', s: new Date(NaN) },
];
const unsortable = ['array-sort', 'object-sort', 'nan-sort', 'invalid-date'];

function collectionOf(docs: Doc[]): MemoryCollection<Doc> {
  const collection = new MemoryCollection<Doc>('tricky');
  for (const doc of docs) collection.insert(doc);
  return collection;
}

function oracle(docs: Doc[], filter: AnyObject, { sort, skip, limit }: FindOptions = {}): string[] {
  let cursor = find<Doc>(docs, filter);
  if (sort) cursor = cursor.sort(sort);
  if (skip) cursor = cursor.skip(skip);
  if (limit !== undefined) cursor = cursor.limit(limit);
  return cursor.all().map((doc) => doc.id);
}

const ids = (docs: Doc[]) => docs.map((doc) => doc.id);

describe('memory collection queries, against mingo', () => {
  const collection = collectionOf(tricky);
  const values: unknown[] = ['1', 1, 1.5, 0, -0, NaN, true, false, '', 2, 'x', 'true', '0', 1000, '1970-01-01T00:00:01.000Z', 'B', 'é'];

  it.each(values.map((value) => [String(value), value]))('matches {v: %s} as mingo does', (_name, value) => {
    const filter = { v: value };
    expect(ids(collection.find(filter))).toEqual(oracle(tricky, filter));
    expect(collection.count(filter)).toBe(oracle(tricky, filter).length);
  });

  it('follows MongoDB equality: array elements count, nested arrays, objects and dates never equal a plain value', () => {
    expect(ids(collection.find({ v: '1' }))).toEqual(['string', 'array']);
    expect(ids(collection.find({ v: 2 }))).toEqual(['array']);
    expect(ids(collection.find({ v: 0 }))).toEqual(['zero', 'negative-zero', 'array-with-nan']);
    expect(ids(collection.find({ v: NaN }))).toEqual(['nan', 'array-with-nan']);
    expect(ids(collection.find({ v: true }))).toEqual(['true', 'array']);
    expect(ids(collection.find({ v: '1970-01-01T00:00:01.000Z' }))).toEqual([]);
    expect(ids(collection.find({ v: 1000 }))).toEqual([]);
  });

  it('combines several plain fields, fields missing from a document, and Object.prototype names', () => {
    for (const filter of [{ v: 'x', w: '1' }, { v: 'x', w: 1 }, { w: '1' }, { nothing: 'here' }, { constructor: 'c' }, { toString: 'x' }, { id: 'nan', v: NaN }]) {
      expect(ids(collection.find(filter))).toEqual(oracle(tricky, filter));
    }
  });

  it('evaluates plain equalities next to operators, $expr and paths as mingo does', () => {
    const filters: AnyObject[] = [
      { v: 'x', w: { $exists: false } },
      { s: 'b', v: { $in: ['1', 'x'] } },
      { s: 2, $or: [{ v: 1 }, { v: { $size: 1 } }] },
      { t: 1, $expr: { $eq: ['$v', 'x'] } },
      { 'v.v': '1' },
      { v: null },
      { v: undefined },
      { v: new Date(1000) },
      { v: /^1$/ },
      JSON.parse('{"__proto__": "x"}') as AnyObject,
    ];
    for (const filter of filters) expect(ids(collection.find(filter))).toEqual(oracle(tricky, filter));
  });

  it('refuses what mingo refuses, even when no document would be tested', () => {
    expect(() => collectionOf([]).find({ v: 1, w: { $unknown: 1 } })).toThrow(/unknown/);
  });

  it('sorts values of every type, ties and missing values as mingo does, paging included', () => {
    const sorts: Array<Record<string, 1 | -1>> = [{ s: 1 }, { s: -1 }, { t: 1 }, { t: -1, s: 1 }, { s: -1, id: 1 }, { t: 1, id: -1 }];
    const sortable = tricky.filter((doc) => !unsortable.includes(doc.id));
    const pages: FindOptions[] = [{}, { limit: 1 }, { limit: 3 }, { skip: 2, limit: 2 }, { skip: 4 }, { limit: 0 }, { skip: 100, limit: 2 }];
    // Each value only mingo orders, alone among the others: its presence alone must send the query to mingo.
    const sets = [sortable, ...tricky.filter((doc) => unsortable.includes(doc.id)).map((odd) => [...sortable, odd])];
    for (const docs of sets) {
      const store = collectionOf(docs);
      for (const sort of sorts) {
        for (const page of pages) {
          const options = { ...page, sort };
          expect({ sort, page, ids: ids(store.find({}, options)) }).toEqual({ sort, page, ids: oracle(docs, {}, options) });
          expect(ids(store.find({ t: 1 }, options))).toEqual(oracle(docs, { t: 1 }, options));
        }
      }
    }
  });

  it('sorts by a path through nested documents as mingo does, and leaves arrays on the path to mingo', () => {
    const docs: Doc[] = [
      { id: 'a', period: { to: new Date(3000) } },
      { id: 'b', period: { to: new Date(1000) } },
      { id: 'c', period: null },
      { id: 'd' },
      { id: 'e', period: 'text' },
      { id: 'f', period: { to: new Date(3000) } },
      { id: 'g', period: { to: null } },
    ];
    const withArray: Doc[] = [...docs, { id: 'h', period: [{ to: new Date(2000) }, { to: new Date(500) }] }];
    for (const set of [docs, withArray]) {
      const store = collectionOf(set);
      const orders: FindOptions[] = [{ sort: { 'period.to': -1 } }, { sort: { 'period.to': 1 }, limit: 1 }, { sort: { 'period.to': -1, id: 1 }, limit: 3 }];
      for (const options of orders) {
        expect(ids(store.find({}, options))).toEqual(oracle(set, {}, options));
      }
    }
  });

  it('keeps the first few of many in order when only a page is wanted', () => {
    const many: Doc[] = Array.from({ length: 200 }, (_, i) => ({ id: `d${String(i).padStart(3, '0')}`, tenant: i % 2 === 0 ? 't' : 'u', at: new Date(((i * 37) % 50) * 1000), rank: (i * 7) % 11 }));
    const store = collectionOf(many);
    const pages: FindOptions[] = [
      { sort: { at: -1, id: -1 }, limit: 5 },
      { sort: { rank: 1 }, limit: 7 },
      { sort: { rank: -1 }, skip: 3, limit: 4 },
      { sort: { at: 1 }, limit: 20 },
    ];
    for (const options of pages) {
      expect(ids(store.find({ tenant: 't' }, options))).toEqual(oracle(many, { tenant: 't' }, options));
      expect(ids(store.find({}, options))).toEqual(oracle(many, {}, options));
    }
  });

  it('stops at the first matches when unsorted, in insertion order, and pages like mingo', () => {
    const many: Doc[] = Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, even: i % 2 === 0 }));
    const store = collectionOf(many);
    for (const options of [{ limit: 3 }, { skip: 5, limit: 2 }, { skip: 30 }, { limit: 0 }, { skip: 0, limit: 100 }]) {
      expect(ids(store.find({ even: true }, options))).toEqual(oracle(many, { even: true }, options));
    }
    expect(store.findOne({ even: false })?.id).toBe('d1');
  });

  it('counts, updates and deletes exactly the documents a plain filter matches', () => {
    const store = collectionOf(tricky);
    expect(store.count({})).toBe(tricky.length);
    expect(store.updateWhere({ v: 0 }, (doc) => ({ ...doc, touched: true }))).toBe(3);
    expect(ids(store.find({ touched: true }))).toEqual(['zero', 'negative-zero', 'array-with-nan']);
    expect(store.deleteWhere({ v: '1' })).toBe(2);
    expect(store.count({})).toBe(tricky.length - 2);
    expect(store.findOne({ id: 'array' })).toBeUndefined();
  });
});
