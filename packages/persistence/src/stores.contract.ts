import type { OutboxRecord, OutboxStore, ProcessedEvents } from '@corredor/messaging';

export interface StoreFixture {
  outbox: OutboxStore;
  /** Saves records the way a repository does (in its transaction). */
  addToOutbox(records: OutboxRecord[]): Promise<void>;
  processed: ProcessedEvents;
}

function record(id: string, position: number): OutboxRecord {
  return {
    id,
    tenant: 'tijuana',
    topic: 'corredor.case.events',
    key: 'case-1',
    value: '{}',
    headers: { tenant: 'tijuana' },
    position,
    createdAt: new Date('2026-11-23T10:00:00Z'),
  };
}

/** One behaviour, two adapters: this suite runs on the in-memory stores always and on MongoDB when MONGO_URL is set. */
export function describeStoreContract(name: string, setup: () => Promise<StoreFixture>): void {
  describe(`${name}: outbox and processed events`, () => {
    let fixture: StoreFixture;
    beforeEach(async () => {
      fixture = await setup();
    });

    it('hands out pending records oldest first and forgets them once published', async () => {
      await fixture.addToOutbox([record('b', 2), record('a', 1), record('c', 3)]);
      expect((await fixture.outbox.pending(2)).map((r) => r.id)).toEqual(['a', 'b']);
      await fixture.outbox.removePublished(['a', 'b']);
      expect((await fixture.outbox.pending(10)).map((r) => r.id)).toEqual(['c']);
      expect(await fixture.outbox.countPending()).toBe(1);
    });

    it('hands out records by position even when one was saved after a later one', async () => {
      await fixture.addToOutbox([record('c', 30)]);
      await fixture.addToOutbox([record('a', 10)]);
      await fixture.addToOutbox([record('d', 40), record('b', 20)]);
      expect((await fixture.outbox.pending(3)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
      await fixture.outbox.removePublished(['a', 'c']);
      await fixture.addToOutbox([record('e', 15)]);
      expect((await fixture.outbox.pending(10)).map((r) => r.id)).toEqual(['e', 'b', 'd']);
      expect(await fixture.outbox.countPending()).toBe(3);
    });

    it('keeps record contents intact', async () => {
      await fixture.addToOutbox([record('a', 1)]);
      expect((await fixture.outbox.pending(1))[0]).toEqual(record('a', 1));
    });

    it('keeps none of a batch when a record after others that were written fails', async () => {
      await fixture.addToOutbox([record('a', 1)]);
      // 'b' and 'c' are written first; the batch's 'a' then collides with the pending one.
      await expect(fixture.addToOutbox([record('b', 2), record('c', 3), record('a', 4)])).rejects.toThrow();
      expect((await fixture.outbox.pending(10)).map((r) => r.id)).toEqual(['a']);
      expect(await fixture.outbox.countPending()).toBe(1);
      await fixture.addToOutbox([record('b', 2)]);
      expect((await fixture.outbox.pending(10)).map((r) => r.id)).toEqual(['a', 'b']);
    });

    it('remembers processed events per consumer group, idempotently', async () => {
      expect(await fixture.processed.has('g1', 'e1')).toBe(false);
      await fixture.processed.add('g1', 'e1', new Date());
      await fixture.processed.add('g1', 'e1', new Date());
      expect(await fixture.processed.has('g1', 'e1')).toBe(true);
      expect(await fixture.processed.has('g2', 'e1')).toBe(false);
    });
  });
}
