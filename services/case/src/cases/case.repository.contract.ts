import type { OutboxStore } from '@corredor/messaging';
import { DuplicateKeyError, NotFoundError, VersionConflictError } from '@corredor/persistence';
import type { Case } from './case.domain';
import type { CaseHistoryEntry } from './case-history';
import { positionOf, type CaseListQuery } from './case-list';
import type { CaseRepository } from './case.repository';

export interface CaseRepositoryFixture {
  cases: CaseRepository;
  outbox: OutboxStore;
}

let n = 0;
const hex = (i: number) => i.toString(16).padStart(12, '0');

/** A case of the Tijuana centre, opened a minute after the previous one made here. */
export function aCase(overrides: Partial<Case> = {}): Case {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${hex(n)}`,
    tenant: 'tijuana',
    personId: `22222222-0000-4000-8000-${hex(n)}`,
    intakeIds: [`11111111-0000-4000-8000-${hex(n)}`],
    alias: 'Marie',
    profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht', 'fr'] },
    status: 'open',
    priority: 'normal',
    riskFlags: [],
    countInStatistics: true,
    assignee: null,
    openedAt: new Date(Date.UTC(2026, 10, 1, 0, n)),
    activatedAt: null,
    closedAt: null,
    closure: null,
    pendingClosure: null,
    reopenedAt: null,
    version: 1,
    ...overrides,
  };
}

const record = (id: string) => ({
  id,
  tenant: 'tijuana',
  topic: 'corredor.case.events',
  key: id,
  value: '{}',
  headers: {},
  position: Date.now() * 1000 + n,
  createdAt: new Date(),
});

function statusEntry(kase: Case, at: Date, id: string): CaseHistoryEntry {
  return {
    id: `status:${id}`,
    tenant: kase.tenant,
    caseId: kase.id,
    at,
    by: 'ana',
    kind: 'status',
    detail: { change: 'opened', from: null, to: 'open', outcome: null, priority: 'normal' },
  };
}

const none = { events: [], history: [] };
const query = (overrides: Partial<CaseListQuery> = {}): CaseListQuery => ({ sort: 'newest', after: null, limit: 50, ...overrides });

/** The behaviour every CaseRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeCaseRepositoryContract(name: string, setup: () => Promise<CaseRepositoryFixture>): void {
  describe(`${name} case repository`, () => {
    let f: CaseRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    const ids = (cases: Case[]) => cases.map((c) => c.id);

    it('saves a case with its events and history, and finds it only within its centre', async () => {
      const kase = aCase({
        riskFlags: [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' }],
        priority: 'high',
        closure: { outcome: 'resolved', closedBy: 'ana', signedOffBy: null },
        pendingClosure: { outcome: 'withdrawn', requestedBy: 'luis', requestedAt: new Date('2026-11-02T10:00:00Z') },
      });
      const entry = statusEntry(kase, kase.openedAt, 'a1');
      await f.cases.add(kase, { events: [record(`e-${kase.id}`)], history: [entry] });
      expect(await f.cases.findById('tijuana', kase.id)).toEqual(kase);
      expect(await f.cases.findByIntake('tijuana', kase.intakeIds[0] ?? '')).toEqual(kase);
      expect(await f.cases.findById('tapachula', kase.id)).toBeNull();
      expect(await f.cases.findByIntake('tapachula', kase.intakeIds[0] ?? '')).toBeNull();
      expect(await f.cases.history('tijuana', kase.id, { before: null, limit: 10 })).toEqual([entry]);
      expect(await f.cases.history('tapachula', kase.id, { before: null, limit: 10 })).toEqual([]);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('refuses a second case holding the same intake, keeping neither its state, its history nor its events', async () => {
      const kase = aCase();
      await f.cases.add(kase, { events: [record(`e1-${kase.id}`)], history: [] });
      const twin = aCase({ intakeIds: [`33333333-0000-4000-8000-${hex(n)}`, ...kase.intakeIds] });
      await expect(f.cases.add(twin, { events: [record(`e2-${twin.id}`)], history: [statusEntry(twin, twin.openedAt, 'b1')] })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await f.cases.findById('tijuana', twin.id)).toBeNull();
      expect(await f.cases.findByIntake('tijuana', twin.intakeIds[0] ?? '')).toBeNull();
      expect(await f.cases.history('tijuana', twin.id, { before: null, limit: 10 })).toEqual([]);
      expect(await f.outbox.countPending()).toBe(1);
      // Another centre's intake keys are its own.
      const elsewhere = aCase({ tenant: 'tapachula', intakeIds: kase.intakeIds });
      await f.cases.add(elsewhere, none);
      expect(await f.cases.findByIntake('tapachula', kase.intakeIds[0] ?? '')).toEqual(elsewhere);
    });

    it('applies an update at the expected version and refuses a stale one or a case of another centre', async () => {
      const kase = aCase();
      await f.cases.add(kase, none);
      await f.cases.update({ ...kase, status: 'closed', closure: { outcome: 'resolved', closedBy: 'ana', signedOffBy: null }, version: 2 }, 1, {
        events: [record(`c-${kase.id}`)],
        history: [],
      });
      expect(await f.cases.findById('tijuana', kase.id)).toMatchObject({ status: 'closed', closure: { outcome: 'resolved' }, version: 2 });
      await expect(f.cases.update({ ...kase, assignee: 'luis' }, 1, { events: [record(`d-${kase.id}`)], history: [] })).rejects.toBeInstanceOf(VersionConflictError);
      await expect(f.cases.update({ ...kase, tenant: 'tapachula' }, 2, none)).rejects.toBeInstanceOf(NotFoundError);
      await expect(f.cases.update(aCase(), 1, none)).rejects.toBeInstanceOf(NotFoundError);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('claims the intakes an update attaches, and refuses one another case holds', async () => {
      const first = aCase();
      const second = aCase();
      await f.cases.add(first, none);
      await f.cases.add(second, none);
      const newIntake = `44444444-0000-4000-8000-${hex(n)}`;
      await f.cases.update({ ...first, intakeIds: [...first.intakeIds, newIntake] }, 1, none);
      expect((await f.cases.findByIntake('tijuana', newIntake))?.id).toBe(first.id);
      await expect(f.cases.update({ ...second, intakeIds: [...second.intakeIds, newIntake] }, 1, none)).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await f.cases.findById('tijuana', second.id)).toEqual(second);
    });

    it('rolls back a change whose case was written when a later write of the same transaction fails', async () => {
      const kase = aCase();
      await f.cases.add(kase, { events: [record('pending-event')], history: [] });
      // The case replace succeeds; the outbox then refuses an event id already there.
      const change = { ...kase, status: 'active' as const, activatedAt: new Date('2026-11-03T10:00:00Z') };
      await expect(f.cases.update(change, 1, { events: [record('pending-event')], history: [statusEntry(kase, new Date(), 'c1')] })).rejects.toThrow();
      expect(await f.cases.findById('tijuana', kase.id)).toEqual(kase);
      expect(await f.cases.history('tijuana', kase.id, { before: null, limit: 10 })).toEqual([]);
      expect(await f.outbox.countPending()).toBe(1);
      // The same for a new case: nothing of it stays, not even its intake key.
      const other = aCase();
      await expect(f.cases.add(other, { events: [record('pending-event')], history: [] })).rejects.toThrow();
      expect(await f.cases.findById('tijuana', other.id)).toBeNull();
      expect(await f.cases.findByIntake('tijuana', other.intakeIds[0] ?? '')).toBeNull();
      await f.cases.add(other, none);
      expect(await f.cases.findById('tijuana', other.id)).toEqual(other);
    });

    it("finds a person's cases, newest first", async () => {
      const personId = '55555555-0000-4000-8000-000000000001';
      const older = aCase({ personId });
      const newer = aCase({ personId });
      await f.cases.add(older, none);
      await f.cases.add(newer, none);
      await f.cases.add(aCase(), none);
      await f.cases.add(aCase({ tenant: 'tapachula', personId }), none);
      expect(ids(await f.cases.ofPerson('tijuana', personId, 10))).toEqual([newer.id, older.id]);
      expect(ids(await f.cases.ofPerson('tijuana', personId, 1))).toEqual([newer.id]);
    });

    it('lists by status, priority, assignee, risk screen or flag, and given ids, scoped to the centre', async () => {
      const trafficking = { screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high' } as const;
      const shelter = { screen: 'urgent-basic-needs', flag: 'basic-needs.shelter', level: 'medium' } as const;
      const a = aCase({ status: 'active', assignee: 'ana', priority: 'high', riskFlags: [trafficking, shelter] });
      const b = aCase({ status: 'open', assignee: null, priority: 'medium', riskFlags: [shelter] });
      const c = aCase({ status: 'closed', assignee: 'luis' });
      const elsewhere = aCase({ tenant: 'tapachula', status: 'active', assignee: 'ana', priority: 'high', riskFlags: [trafficking] });
      for (const kase of [a, b, c, elsewhere]) await f.cases.add(kase, none);
      expect(ids(await f.cases.list('tijuana', query()))).toEqual([c.id, b.id, a.id]);
      expect(ids(await f.cases.list('tijuana', query({ status: 'active' })))).toEqual([a.id]);
      expect(ids(await f.cases.list('tijuana', query({ priority: 'medium' })))).toEqual([b.id]);
      expect(ids(await f.cases.list('tijuana', query({ assignee: 'ana' })))).toEqual([a.id]);
      expect(ids(await f.cases.list('tijuana', query({ assignee: null })))).toEqual([b.id]);
      expect(ids(await f.cases.list('tijuana', query({ flag: { screen: 'urgent-basic-needs' } })))).toEqual([b.id, a.id]);
      expect(ids(await f.cases.list('tijuana', query({ flag: { flag: 'trafficking.documents-withheld' } })))).toEqual([a.id]);
      expect(ids(await f.cases.list('tijuana', query({ ids: [a.id, c.id, elsewhere.id] })))).toEqual([c.id, a.id]);
      expect(ids(await f.cases.list('tijuana', query({ ids: [] })))).toEqual([]);
      expect(ids(await f.cases.list('tapachula', query()))).toEqual([elsewhere.id]);
    });

    it('pages through every sort with no case skipped or repeated, ties on the opening time included', async () => {
      const sameTime = new Date(Date.UTC(2026, 10, 5));
      const cases = [
        aCase({ priority: 'high' }),
        aCase({ priority: 'normal', openedAt: sameTime }),
        aCase({ priority: 'medium', openedAt: sameTime }),
        aCase({ priority: 'high', openedAt: sameTime }),
        aCase({ priority: 'normal' }),
        aCase({ priority: 'medium' }),
        aCase({ priority: 'normal' }),
      ];
      for (const kase of cases) await f.cases.add(kase, none);
      for (const sort of ['newest', 'oldest', 'priority'] as const) {
        const all = ids(await f.cases.list('tijuana', query({ sort })));
        expect(all).toHaveLength(cases.length);
        const paged: string[] = [];
        let after: CaseListQuery['after'] = null;
        for (let page = 0; page < 10; page += 1) {
          const items = await f.cases.list('tijuana', query({ sort, after, limit: 2 }));
          paged.push(...ids(items));
          const last = items[items.length - 1];
          if (items.length < 2 || !last) break;
          after = positionOf(last, sort);
        }
        expect(paged).toEqual(all);
      }
      const order = (...indexes: number[]) => indexes.map((i) => cases[i]?.id);
      expect(ids(await f.cases.list('tijuana', query({ sort: 'newest' })))).toEqual(order(3, 2, 1, 6, 5, 4, 0));
      expect(ids(await f.cases.list('tijuana', query({ sort: 'oldest' })))).toEqual(order(0, 4, 5, 6, 1, 2, 3));
      // Most urgent first; within a priority, the case waiting longest.
      expect(ids(await f.cases.list('tijuana', query({ sort: 'priority' })))).toEqual(order(0, 3, 5, 2, 4, 6, 1));
    });

    it("pages a case's history newest first, strictly before a position", async () => {
      const kase = aCase();
      const t = (minute: number) => new Date(Date.UTC(2026, 10, 10, 9, minute));
      const entries = [statusEntry(kase, t(1), 'a'), statusEntry(kase, t(2), 'b'), statusEntry(kase, t(2), 'c'), statusEntry(kase, t(3), 'd')];
      await f.cases.add(kase, { events: [], history: entries });
      const all = await f.cases.history('tijuana', kase.id, { before: null, limit: 10 });
      expect(all.map((e) => e.id)).toEqual(['status:d', 'status:c', 'status:b', 'status:a']);
      const next = await f.cases.history('tijuana', kase.id, { before: [t(2), 'status:c'], limit: 10 });
      expect(next.map((e) => e.id)).toEqual(['status:b', 'status:a']);
      expect((await f.cases.history('tijuana', kase.id, { before: null, limit: 1 })).map((e) => e.id)).toEqual(['status:d']);
    });
  });
}
