import { MemoryCollection, memoryTransaction } from './memory-collection';

interface Person {
  id: string;
  tenant: string;
  matchKeys?: { names?: unknown; documents?: unknown } | unknown[] | null;
  seenAt: number;
}

/** The same writes to a collection with multikey indexes and to one without. */
function twins() {
  const indexed = new MemoryCollection<Person>('indexed', [], [], { multikey: ['matchKeys.names', 'matchKeys.documents'] });
  const plain = new MemoryCollection<Person>('plain');
  const both = (write: (c: MemoryCollection<Person>) => void) => {
    write(indexed);
    write(plain);
  };
  return { indexed, plain, both };
}

const SEARCHES: Array<Record<string, unknown>> = [
  { tenant: 'tijuana', 'matchKeys.names': { $in: ['n1', 'n2'] } },
  { tenant: 'tijuana', 'matchKeys.names': 'n3' },
  { 'matchKeys.names': { $in: [7, 'n7'] } },
  { 'matchKeys.names': { $in: [] } },
  { tenant: 'tapachula', 'matchKeys.documents': { $in: ['d1', 'd9'] } },
  { 'matchKeys.documents': { $in: ['d1', null] } },
  { 'matchKeys.names': { $in: ['n1'], $nin: ['n2'] } },
];

function expectSameAnswers(indexed: MemoryCollection<Person>, plain: MemoryCollection<Person>) {
  for (const filter of SEARCHES) {
    expect(indexed.find(filter)).toEqual(plain.find(filter));
    expect(indexed.find(filter, { sort: { seenAt: -1, id: 1 }, limit: 3 })).toEqual(plain.find(filter, { sort: { seenAt: -1, id: 1 }, limit: 3 }));
    expect(indexed.count(filter)).toBe(plain.count(filter));
  }
}

describe('multikey indexes of a memory collection', () => {
  it('find people by one of their blind indexes exactly as a full scan does, whatever the fields hold', () => {
    const { indexed, plain, both } = twins();
    const people: Person[] = [
      { id: 'p1', tenant: 'tijuana', seenAt: 1, matchKeys: { names: ['n1', 'n2'], documents: ['d1'] } },
      { id: 'p2', tenant: 'tijuana', seenAt: 5, matchKeys: { names: ['n2', 'n3'], documents: [] } },
      { id: 'p3', tenant: 'tapachula', seenAt: 3, matchKeys: { names: ['n1'], documents: ['d1', 'd9'] } },
      // A value instead of an array, a number beside its string, an array of objects, nothing at all.
      { id: 'p4', tenant: 'tijuana', seenAt: 2, matchKeys: { names: 'n3', documents: 'd9' } },
      { id: 'p5', tenant: 'tijuana', seenAt: 4, matchKeys: { names: [7, ['n1']], documents: [{ d: 'd1' }] } },
      { id: 'p6', tenant: 'tijuana', seenAt: 6, matchKeys: null },
      { id: 'p7', tenant: 'tijuana', seenAt: 7 },
      // Through an array of sub-documents: the index cannot read it, so it is looked at every time.
      { id: 'p8', tenant: 'tijuana', seenAt: 8, matchKeys: [{ names: ['n1'] }, { documents: ['d1'] }] },
    ];
    for (const person of people) both((c) => c.insert(person));
    expectSameAnswers(indexed, plain);
    expect(indexed.find(SEARCHES[0] as Record<string, unknown>).map((p) => p.id)).toEqual(['p1', 'p2', 'p8']);
  });

  it('follows changes, deletions and a rolled-back transaction', () => {
    const { indexed, plain, both } = twins();
    both((c) => c.insert({ id: 'p1', tenant: 'tijuana', seenAt: 1, matchKeys: { names: ['n1'] } }));
    both((c) => c.insert({ id: 'p2', tenant: 'tijuana', seenAt: 2, matchKeys: { names: ['n2'] } }));
    both((c) => c.updateWhere({ id: 'p1' }, (p) => ({ ...p, matchKeys: { names: ['n3'] } })));
    both((c) => c.deleteWhere({ id: 'p2' }));
    expectSameAnswers(indexed, plain);
    for (const collection of [indexed, plain]) {
      expect(() =>
        memoryTransaction([collection], () => {
          collection.insert({ id: 'p9', tenant: 'tijuana', seenAt: 9, matchKeys: { names: ['n1', 'n2'] } });
          collection.updateWhere({ id: 'p1' }, (p) => ({ ...p, matchKeys: { names: ['n1'] } }));
          throw new Error('the transaction fails after writing');
        }),
      ).toThrow('fails');
    }
    expectSameAnswers(indexed, plain);
    expect(indexed.find({ 'matchKeys.names': { $in: ['n1', 'n2', 'n3'] } }).map((p) => p.id)).toEqual(['p1']);
  });
});
