import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { OutboxStore } from '@corredor/messaging';
import type { Case } from './case.domain';
import type { CaseRepository } from './case.repository';

export interface CaseRepositoryFixture {
  cases: CaseRepository;
  outbox: OutboxStore;
}

let n = 0;
export function aCase(overrides: Partial<Case> = {}): Case {
  n += 1;
  const hex = n.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    tenant: 'tijuana',
    intakeId: `11111111-0000-4000-8000-${hex}`,
    alias: 'Marie',
    profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht'] },
    status: 'open',
    openedAt: new Date(Date.UTC(2026, 10, 1, 0, n)),
    closedAt: null,
    outcome: null,
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

/** The behaviour every CaseRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeCaseRepositoryContract(name: string, setup: () => Promise<CaseRepositoryFixture>): void {
  describe(`${name} case repository`, () => {
    let f: CaseRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('saves a case with its events, and finds it only within its centre', async () => {
      const kase = aCase();
      await f.cases.add(kase, [record(`e-${kase.id}`)]);
      expect(await f.cases.findById('tijuana', kase.id)).toEqual(kase);
      expect(await f.cases.findByIntake('tijuana', kase.intakeId)).toEqual(kase);
      expect(await f.cases.findById('tapachula', kase.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('refuses a second case for the same intake and keeps neither its state nor its events', async () => {
      const kase = aCase();
      await f.cases.add(kase, [record(`e1-${kase.id}`)]);
      const twin = aCase({ intakeId: kase.intakeId });
      await expect(f.cases.add(twin, [record(`e2-${kase.id}`)])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await f.cases.findById('tijuana', twin.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('applies an update at the expected version and refuses a stale one', async () => {
      const kase = aCase();
      await f.cases.add(kase, []);
      await f.cases.update({ ...kase, status: 'closed', outcome: 'resolved' }, 1, [record(`c-${kase.id}`)]);
      expect(await f.cases.findById('tijuana', kase.id)).toMatchObject({ status: 'closed', version: 2 });
      await expect(f.cases.update({ ...kase, outcome: 'withdrawn' }, 1, [record(`d-${kase.id}`)])).rejects.toBeInstanceOf(VersionConflictError);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('lists newest first, filtered by status, paged, and scoped to the centre', async () => {
      const older = aCase();
      const newer = aCase();
      const closed = aCase({ status: 'closed' });
      const elsewhere = aCase({ tenant: 'tapachula' });
      for (const kase of [older, newer, closed, elsewhere]) await f.cases.add(kase, []);
      const open = await f.cases.list('tijuana', { status: 'open', limit: 10, offset: 0 });
      expect(open.items.map((c) => c.id)).toEqual([newer.id, older.id]);
      expect(open.total).toBe(2);
      const page = await f.cases.list('tijuana', { limit: 1, offset: 1 });
      expect(page).toMatchObject({ total: 3, items: [{ id: newer.id }] });
    });
  });
}
