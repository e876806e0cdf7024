import { randomUUID } from 'node:crypto';
import { verifyChain, type AuditEntry, type AuditEntryFields } from './audit-trail.domain';
import { APPEND_ATTEMPTS, type AuditTrailQuery, type AuditTrailStore } from './audit-trail.repository';

export interface AuditTrailStoreFixture {
  store: AuditTrailStore;
  /** Changes a stored entry behind the store's back, as someone with access to the database could. */
  tamper(centre: string, seq: number, change: Partial<Omit<AuditEntry, 'id'>>): Promise<void>;
}

const PERSON = '0b5e4a0e-3c1f-4d5b-9a63-2f1f6c8d9e10';
const OTHER = '5d6c1b2a-7e8f-4a9b-8c0d-1e2f3a4b5c6d';

const fields = (overrides: Partial<AuditEntryFields> = {}): AuditEntryFields => ({
  centre: 'tijuana',
  actor: { userId: 'ana@tijuana', roles: ['promoter'] },
  action: 'person.read',
  record: { type: 'person', id: PERSON },
  purpose: 'case-work',
  requestId: 'f3b2c1d0-0000-4000-8000-000000000001',
  ...overrides,
});

const minute = (n: number) => new Date(Date.UTC(2026, 10, 23, 15, n));
const stamp = (n: number) => ({ id: randomUUID(), at: minute(n) });
const everything: AuditTrailQuery = { beforeSeq: null, limit: 100 };

/** What every AuditTrailStore adapter must do: memory always, MongoDB when MONGO_URL is set. */
export function describeAuditTrailStoreContract(name: string, setup: () => Promise<AuditTrailStoreFixture>): void {
  describe(`${name} audit trail store`, () => {
    let f: AuditTrailStoreFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it("numbers each centre's entries from 1 and chains them, whatever the other centres do", async () => {
      const first = await f.store.append(fields(), stamp(1));
      await f.store.append(fields({ centre: 'tapachula' }), stamp(2));
      const second = await f.store.append(fields({ action: 'restricted-note.read', record: { type: 'note', id: OTHER } }), stamp(3));
      expect([first.seq, second.seq, second.prevHash]).toEqual([1, 2, first.hash]);
      const chain = await f.store.chain('tijuana', 0, 100);
      expect(chain).toEqual([first, second]);
      expect(verifyChain(chain)).toEqual({ ok: true, entries: 2 });
      expect(await f.store.chain('tijuana', 1, 100)).toEqual([second]);
      expect((await f.store.chain('tapachula', 0, 100)).map((e) => [e.seq, e.centre])).toEqual([[1, 'tapachula']]);
    });

    it('lets concurrent appends for one centre all land, each once, in one unbroken chain', async () => {
      const count = Math.min(APPEND_ATTEMPTS, 6);
      const appended = await Promise.all(Array.from({ length: count }, (_, n) => f.store.append(fields({ requestId: `request-${n}` }), stamp(n))));
      expect(appended.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, n) => n + 1));
      const chain = await f.store.chain('tijuana', 0, 100);
      expect(chain.map((e) => e.requestId).sort()).toEqual(appended.map((e) => e.requestId).sort());
      expect(verifyChain(chain)).toEqual({ ok: true, entries: count });
    });

    it("lists a centre's entries newest first, filtered by record, action and time, a page at a time", async () => {
      await f.store.append(fields(), stamp(1));
      await f.store.append(fields({ record: { type: 'person', id: OTHER } }), stamp(2));
      await f.store.append(fields({ action: 'record.not-found', purpose: 'unstated' }), stamp(3));
      await f.store.append(fields({ centre: 'tapachula' }), stamp(4));
      const seqs = async (query: Partial<AuditTrailQuery>) => (await f.store.list('tijuana', { ...everything, ...query })).map((e) => e.seq);
      expect(await seqs({})).toEqual([3, 2, 1]);
      expect(await seqs({ recordId: PERSON })).toEqual([3, 1]);
      expect(await seqs({ action: 'person.read' })).toEqual([2, 1]);
      expect(await seqs({ from: minute(2), to: minute(3) })).toEqual([2]);
      expect(await seqs({ limit: 2 })).toEqual([3, 2]);
      expect(await seqs({ beforeSeq: 2 })).toEqual([1]);
      expect((await f.store.list('tapachula', everything)).map((e) => e.centre)).toEqual(['tapachula']);
      expect(await f.store.list('oaxaca', everything)).toEqual([]);
    });

    it('gives back entries exactly as they were chained, so their hashes still verify', async () => {
      const entry = await f.store.append(fields({ actor: { userId: 'luis', roles: ['coordinator', 'lawyer'] } }), stamp(1));
      expect(await f.store.list('tijuana', everything)).toEqual([entry]);
      expect(verifyChain(await f.store.chain('tijuana', 0, 10))).toEqual({ ok: true, entries: 1 });
    });

    it('lets verification find an entry changed in the store behind its back', async () => {
      for (let n = 1; n <= 4; n += 1) await f.store.append(fields(), stamp(n));
      await f.tamper('tijuana', 3, { actor: { userId: 'nobody', roles: ['promoter'] } });
      const chain = await f.store.chain('tijuana', 0, 100);
      expect(verifyChain(chain)).toEqual({ ok: false, entries: 4, firstBrokenLink: { seq: 3, id: chain[2]?.id, reason: 'hash-mismatch' } });
    });

    it('has no way to change or remove an entry', () => {
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(f.store)).filter((m) => m !== 'constructor');
      expect(methods.sort()).toEqual(['append', 'chain', 'isReachable', 'list']);
    });

    it('is reachable', async () => {
      expect(await f.store.isReachable()).toBe(true);
    });
  });
}
