import { MemoryCollection, memoryTransaction } from './memory-collection';

interface Doc {
  id: string;
  tenant: string;
  openedAt?: Date | string | null | number[];
  rank: number;
  status: string;
  version: number;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function randoms(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const SORTS: Array<Record<string, 1 | -1>> = [
  { openedAt: -1, id: -1 },
  { openedAt: 1, id: 1 },
  { rank: -1, openedAt: 1, id: 1 },
  { rank: 1, openedAt: -1, id: -1 },
  { openedAt: -1, id: 1 },
];
const FILTERS = [{}, { tenant: 'tijuana' }, { tenant: 'tijuana', status: 'open' }, { status: { $in: ['open', 'closed'] } }, { $or: [{ rank: { $gte: 2 } }, { status: 'closed' }] }, { tenant: 'nowhere' }];

/** The same writes to a collection with sorted indexes and to one without. */
function twins() {
  const indexed = new MemoryCollection<Doc>('indexed', [], [], { sorted: [{ openedAt: -1, id: -1 }, { rank: -1, openedAt: 1, id: 1 }] });
  const plain = new MemoryCollection<Doc>('plain');
  const both = (write: (c: MemoryCollection<Doc>) => void) => {
    write(indexed);
    write(plain);
  };
  return { indexed, plain, both };
}

function expectSameAnswers(indexed: MemoryCollection<Doc>, plain: MemoryCollection<Doc>) {
  for (const filter of FILTERS) {
    for (const sort of SORTS) {
      for (const [skip, limit] of [
        [0, 1],
        [0, 7],
        [3, 5],
        [0, 1000],
      ] as const) {
        expect(indexed.find(filter, { sort, skip, limit })).toEqual(plain.find(filter, { sort, skip, limit }));
      }
    }
  }
}

describe('sorted indexes of a memory collection', () => {
  it('answer sorted, limited finds exactly as a full scan does, through inserts, changes, deletes and rollbacks', () => {
    const random = randoms(11);
    const { indexed, plain, both } = twins();
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
    const openedAt = (): Doc['openedAt'] => {
      const r = random();
      return r < 0.1 ? undefined : r < 0.15 ? null : r < 0.2 ? `2026-0${1 + Math.floor(random() * 9)}` : day(Math.floor(random() * 40));
    };
    for (let i = 0; i < 300; i++) {
      const doc: Doc = { id: `c${String(Math.floor(random() * 1e6)).padStart(6, '0')}-${i}`, tenant: random() < 0.7 ? 'tijuana' : 'tapachula', rank: Math.floor(random() * 4), status: random() < 0.5 ? 'open' : 'closed', version: 1, ...(random() < 0.1 ? {} : { openedAt: openedAt() }) };
      both((c) => c.insert(doc));
    }
    expectSameAnswers(indexed, plain);
    const ids = plain.find({}, { sort: { id: 1 } }).map((doc) => doc.id);
    for (const id of ids.slice(0, 60)) {
      const changed = { rank: Math.floor(random() * 4), openedAt: openedAt() };
      both((c) => c.updateWhere({ id }, (doc) => ({ ...doc, ...changed })));
    }
    for (const id of ids.slice(60, 100)) both((c) => c.deleteWhere({ id }));
    expectSameAnswers(indexed, plain);
    // A transaction that wrote, then failed: its insert, change and delete are all undone.
    for (const collection of [indexed, plain]) {
      expect(() =>
        memoryTransaction([collection], () => {
          collection.insert({ id: 'c-rolled-back', tenant: 'tijuana', rank: 3, status: 'open', version: 1, openedAt: day(99) });
          collection.updateWhere({ id: ids[100] as string }, (doc) => ({ ...doc, rank: 0, openedAt: day(-5) }));
          collection.deleteWhere({ id: ids[101] as string });
          throw new Error('the transaction fails after writing');
        }),
      ).toThrow('fails');
    }
    expectSameAnswers(indexed, plain);
    expect(indexed.find({}, { sort: { openedAt: -1, id: -1 }, limit: 1000 }).map((d) => d.id)).not.toContain('c-rolled-back');
  });

  it('gives way to a full scan once a document holds a value it cannot order, with the same answers', () => {
    const { indexed, plain, both } = twins();
    both((c) => c.insert({ id: 'a', tenant: 'tijuana', rank: 1, status: 'open', version: 1, openedAt: new Date('2026-01-02') }));
    both((c) => c.insert({ id: 'b', tenant: 'tijuana', rank: 1, status: 'open', version: 1, openedAt: [3, 1] }));
    both((c) => c.insert({ id: 'c', tenant: 'tijuana', rank: 2, status: 'open', version: 1, openedAt: new Date('2026-01-01') }));
    expectSameAnswers(indexed, plain);
  });

  it('refuses an index whose last key is not the id (ties would come out in another order than a sort gives)', () => {
    expect(() => new MemoryCollection<Doc>('bad', [], [], { sorted: [{ openedAt: -1 }] })).toThrow('ends with the id');
  });
});
