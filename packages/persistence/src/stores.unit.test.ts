import { DuplicateKeyError, NotFoundError, VersionConflictError } from './errors';
import { MemoryCollection, memoryTransaction } from './memory/memory-collection';
import { MemoryOutbox } from './memory/memory-outbox';
import { MemoryProcessedEvents } from './memory/memory-processed-events';
import { describeStoreContract } from './stores.contract';
import type { OutboxRecord } from '@corredor/messaging';

describeStoreContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { outbox, addToOutbox: async (records) => memoryTransaction([outbox.collection], () => outbox.add(records)), processed: new MemoryProcessedEvents() };
});

const outboxRecord = (id: string, position: number): OutboxRecord => ({ id, tenant: 't', topic: 'x', key: 'k', value: '{}', headers: {}, position, createdAt: new Date(0) });

async function drain(outbox: MemoryOutbox, batch: number): Promise<string[]> {
  const published: string[] = [];
  for (let records = await outbox.pending(batch); records.length > 0; records = await outbox.pending(batch)) {
    published.push(...records.map((r) => r.id));
    await outbox.removePublished(records.map((r) => r.id));
  }
  return published;
}

describe('in-memory outbox', () => {
  it('undoes a record a failed transaction had written, and takes it again later', async () => {
    const outbox = new MemoryOutbox();
    outbox.add([outboxRecord('a', 1)]);
    expect(() =>
      memoryTransaction([outbox.collection], () => {
        outbox.add([outboxRecord('b', 2), outboxRecord('c', 3)]);
        throw new Error('the state change failed after the events were written');
      }),
    ).toThrow('the state change failed');
    expect((await outbox.pending(10)).map((r) => r.id)).toEqual(['a']);
    expect(await outbox.countPending()).toBe(1);
    memoryTransaction([outbox.collection], () => outbox.add([outboxRecord('c', 3), outboxRecord('b', 2)]));
    expect((await outbox.pending(10)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts records back in their place when their removal is undone', async () => {
    const outbox = new MemoryOutbox();
    outbox.add([1, 2, 3, 4].map((n) => outboxRecord(`r${n}`, n)));
    expect(() =>
      memoryTransaction([outbox.collection], () => {
        outbox.collection.deleteWhere({ id: 'r2' });
        outbox.collection.deleteWhere({ id: 'r1' });
        throw new Error('undo');
      }),
    ).toThrow('undo');
    expect((await outbox.pending(10)).map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('drains thousands of records in position order, each once, however their positions arrived', async () => {
    const outbox = new MemoryOutbox();
    const count = 3000;
    // Positions in a scrambled order (7 is coprime with 3000), added one transaction at a time.
    for (let i = 0; i < count; i++) outbox.add([outboxRecord(`r${(i * 7) % count}`, ((i * 7) % count) + 1)]);
    expect(await drain(outbox, 100)).toEqual(Array.from({ length: count }, (_, i) => `r${i}`));
    expect(await outbox.countPending()).toBe(0);
  });

  it('keeps its order when records leave from the middle, as many as remain and more', async () => {
    const outbox = new MemoryOutbox();
    for (let i = 0; i < 4000; i++) outbox.add([outboxRecord(`r${i}`, i)]);
    // Three records in four leave from everywhere but the front.
    await outbox.removePublished(Array.from({ length: 4000 }, (_, i) => `r${i}`).filter((_, i) => i % 4 !== 0));
    expect(await outbox.countPending()).toBe(1000);
    outbox.add([outboxRecord('late', 2)]);
    const published = await drain(outbox, 64);
    expect(published.slice(0, 3)).toEqual(['r0', 'late', 'r4']);
    expect(published).toEqual(['r0', 'late', ...Array.from({ length: 999 }, (_, i) => `r${(i + 1) * 4}`)]);
  });
});

interface Doc {
  id: string;
  tenant: string;
  email: string;
  version: number;
  tags: string[];
}

describe('memory collection', () => {
  const doc = (id: string, email: string): Doc => ({ id, tenant: 't', email, version: 1, tags: ['a'] });
  const newCollection = () => new MemoryCollection<Doc>('people', [{ name: 'tenant_email', fields: ['tenant', 'email'] }]);

  it('refuses duplicates on the id and on unique indexes, naming the index but not the value', () => {
    const people = newCollection();
    people.insert(doc('1', 'a@x'));
    expect(() => people.insert(doc('1', 'b@x'))).toThrow(DuplicateKeyError);
    expect(() => people.insert(doc('2', 'a@x'))).toThrow('duplicate key in people (tenant_email)');
    expect(() => people.insert(doc('2', 'a@x'))).not.toThrow(/a@x/);
    people.insert({ ...doc('3', 'a@x'), tenant: 'other' });
  });

  it('refuses a stale versioned write and bumps the version of a fresh one', () => {
    const people = newCollection();
    people.insert(doc('1', 'a@x'));
    people.replaceVersioned({ ...doc('1', 'b@x') }, 1);
    expect(people.findOne({ id: '1' })).toMatchObject({ email: 'b@x', version: 2 });
    expect(() => people.replaceVersioned(doc('1', 'c@x'), 1)).toThrow(VersionConflictError);
    expect(() => people.replaceVersioned(doc('9', 'c@x'), 1)).toThrow(NotFoundError);
  });

  it('queries with MongoDB filters, sorting and paging', () => {
    const people = newCollection();
    ['c', 'a', 'b'].forEach((id) => people.insert({ ...doc(id, `${id}@x`), tags: [id] }));
    expect(people.find({ tags: { $in: ['a', 'b'] } }, { sort: { id: 1 } }).map((d) => d.id)).toEqual(['a', 'b']);
    expect(people.find({}, { sort: { id: -1 }, skip: 1, limit: 1 }).map((d) => d.id)).toEqual(['b']);
    expect(people.aggregate([{ $group: { _id: null, n: { $sum: 1 } } }])).toEqual([{ _id: null, n: 3 }]);
  });

  it('answers lookups by id or by a unique index, and still checks any other field of the filter', () => {
    const people = newCollection();
    people.insert(doc('1', 'a@x'));
    expect(people.find({ id: '1' }).map((d) => d.id)).toEqual(['1']);
    expect(people.find({ tenant: 't', email: 'a@x' }).map((d) => d.id)).toEqual(['1']);
    expect(people.find({ id: '1', email: 'b@x' })).toEqual([]);
    expect(people.find({ tenant: 't', email: 'a@x', version: 2 })).toEqual([]);
    expect(people.find({ tenant: 't', email: 'a@x' }, { skip: 1 })).toEqual([]);
  });

  it('gives the same answers through a lookup index, which follows every write and rollback', () => {
    const people = new MemoryCollection<Doc>('people', [], [['tenant', 'email']]);
    people.insert(doc('1', 'a@x'));
    people.insert(doc('2', 'a@x'));
    people.insert({ ...doc('3', 'a@x'), tenant: 'other' });
    expect(people.find({ tenant: 't', email: 'a@x' }, { sort: { id: -1 } }).map((d) => d.id)).toEqual(['2', '1']);
    expect(people.find({ tenant: 't', email: 'a@x', id: { $ne: '2' } }).map((d) => d.id)).toEqual(['1']);
    people.replaceVersioned({ ...doc('1', 'b@x') }, 1);
    expect(people.find({ tenant: 't', email: 'a@x' }).map((d) => d.id)).toEqual(['2']);
    expect(() =>
      memoryTransaction([people], () => {
        people.deleteWhere({ id: '2' });
        throw new Error('undo');
      }),
    ).toThrow('undo');
    expect(people.count({ tenant: 't', email: 'a@x' })).toBe(1);
    expect(people.find({ tenant: 't', email: 'b@x' }).map((d) => d.id)).toEqual(['1']);
  });

  it('matches and sorts dates to the millisecond, as MongoDB does', () => {
    const events = new MemoryCollection<{ id: string; at: Date }>('events');
    events.insert({ id: 'a', at: new Date(1000) });
    events.insert({ id: 'b', at: new Date(1001) });
    expect(events.find({ at: new Date(1000) }).map((d) => d.id)).toEqual(['a']);
    expect(events.find({}, { sort: { at: -1 } }).map((d) => d.id)).toEqual(['b', 'a']);
    expect(events.findOne({ id: 'a' })?.at).toEqual(new Date(1000));
  });

  it('hands out copies, so mutating a result does not change what is stored', () => {
    const people = newCollection();
    people.insert(doc('1', 'a@x'));
    const found = people.findOne({ id: '1' });
    found?.tags.push('mutated');
    expect(people.findOne({ id: '1' })?.tags).toEqual(['a']);
  });

  it('keeps its unique index right when an indexed field changes, and after a rollback', () => {
    const people = newCollection();
    people.insert(doc('1', 'a@x'));
    people.updateWhere({ id: '1' }, (d) => ({ ...d, email: 'b@x' }));
    expect(people.findOne({ tenant: 't', email: 'b@x' })?.id).toBe('1');
    expect(people.findOne({ tenant: 't', email: 'a@x' })).toBeUndefined();
    people.insert(doc('2', 'a@x'));
    expect(() =>
      memoryTransaction([people], () => {
        people.deleteWhere({ id: '1' });
        people.insert(doc('3', 'b@x'));
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(people.findOne({ tenant: 't', email: 'b@x' })?.id).toBe('1');
    expect(() => people.insert(doc('4', 'b@x'))).toThrow(DuplicateKeyError);
    expect(people.count({})).toBe(2);
  });

  it('rolls back every collection of a failed transaction', () => {
    const people = newCollection();
    const outbox = new MemoryOutbox();
    people.insert(doc('1', 'a@x'));
    expect(() =>
      memoryTransaction([people, outbox.collection], () => {
        outbox.add([{ id: 'e', tenant: 't', topic: 'x', key: 'k', value: '{}', headers: {}, position: 1, createdAt: new Date() }]);
        people.insert(doc('2', 'a@x'));
      }),
    ).toThrow(DuplicateKeyError);
    expect(outbox.collection.count({})).toBe(0);
    expect(people.count({})).toBe(1);
  });
});
