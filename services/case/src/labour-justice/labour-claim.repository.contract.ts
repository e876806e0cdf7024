import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { VersionConflictError } from '@corredor/persistence';
import type { ClaimStep, LabourClaim } from './labour-claim.domain';
import type { ClaimListPosition, LabourClaimRepository } from './labour-claim.repository';

export interface LabourClaimRepositoryFixture {
  claims: LabourClaimRepository;
  outbox: OutboxStore;
}

const CASE_ID = '00000000-0000-4000-8000-00000000ca5e';
const OTHER_CASE = '00000000-0000-4000-8000-0000000000ff';
let n = 0;
const nextId = () => {
  n += 1;
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
};

export function aClaim(overrides: Partial<LabourClaim> = {}): LabourClaim {
  const id = nextId();
  return {
    id,
    tenant: 'tijuana',
    caseId: CASE_ID,
    employer: 'Maquiladora del Norte',
    claimType: 'unpaid-wages',
    authority: 'conciliation-centre',
    status: 'conciliation-filed',
    currency: 'MXN',
    amounts: { claimed: 1550050, agreed: null, awarded: null, received: null },
    dates: { conciliationFiledOn: '2026-11-10', agreementOn: null, judgmentOn: null },
    hearings: [{ id: nextId(), on: '2026-12-01', kind: 'conciliation', outcome: null }],
    createdBy: 'ana',
    createdAt: new Date(Date.UTC(2026, 10, 20, 15, n)),
    updatedAt: new Date(Date.UTC(2026, 10, 20, 15, n)),
    version: 1,
    ...overrides,
  };
}

function aStep(claim: LabourClaim, at: Date, overrides: Partial<ClaimStep> = {}): ClaimStep {
  return { id: nextId(), tenant: claim.tenant, caseId: claim.caseId, claimId: claim.id, at, by: 'ana', change: { kind: 'status-changed', from: 'preparing', to: 'conciliation-filed' }, ...overrides };
}

function record(id: string): OutboxRecord {
  n += 1;
  return { id, tenant: 'tijuana', topic: 'corredor.case.events', key: CASE_ID, value: '{}', headers: {}, position: Date.now() * 1000 + n, createdAt: new Date() };
}

/** The behaviour every LabourClaimRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeLabourClaimRepositoryContract(name: string, setup: () => Promise<LabourClaimRepositoryFixture>): void {
  describe(`${name} labour claim repository`, () => {
    let f: LabourClaimRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('saves a claim with its steps and event, and finds it only within its centre and case', async () => {
      const claim = aClaim();
      const step = aStep(claim, claim.createdAt, { change: { kind: 'created', claimType: 'unpaid-wages', authority: 'conciliation-centre', status: 'conciliation-filed' } });
      await f.claims.add(claim, [step], [record(`e-${claim.id}`)]);
      expect(await f.claims.findById('tijuana', CASE_ID, claim.id)).toEqual(claim);
      expect(await f.claims.findById('tapachula', CASE_ID, claim.id)).toBeNull();
      expect(await f.claims.findById('tijuana', OTHER_CASE, claim.id)).toBeNull();
      expect(await f.claims.stepsBefore('tijuana', CASE_ID, null, 10)).toEqual([step]);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('lists newest first, page after page without repeats or gaps, within the centre and case', async () => {
      const first = aClaim();
      const tied = [aClaim({ createdAt: first.createdAt }), aClaim({ createdAt: first.createdAt })];
      const newest = aClaim();
      for (const claim of [first, ...tied, newest, aClaim({ tenant: 'tapachula' }), aClaim({ caseId: OTHER_CASE })]) await f.claims.add(claim, [], []);
      const expected = [newest.id, ...[first, ...tied].map((c) => c.id).sort().reverse()];
      const seen: string[] = [];
      let after: ClaimListPosition | null = null;
      for (let page = 0; page < 10; page += 1) {
        const items: LabourClaim[] = await f.claims.list('tijuana', CASE_ID, { after, limit: 1 });
        if (items.length === 0) break;
        seen.push(...items.map((c) => c.id));
        const last = items[items.length - 1]!;
        after = [new Date(last.createdAt.toISOString()), last.id];
      }
      expect(seen).toEqual(expected);
    });

    it('saves a change at the expected version with its steps and event, and refuses a stale one whole', async () => {
      const claim = aClaim();
      await f.claims.add(claim, [], []);
      const agreed = { ...claim, status: 'agreement' as const, amounts: { ...claim.amounts, agreed: 1200000 } };
      const at = new Date(Date.UTC(2026, 10, 22));
      await f.claims.update(agreed, 1, [aStep(claim, at)], [record(`a-${claim.id}`)]);
      expect(await f.claims.findById('tijuana', CASE_ID, claim.id)).toEqual({ ...agreed, version: 2 });
      await expect(f.claims.update({ ...claim, status: 'abandoned' }, 1, [aStep(claim, at)], [record(`b-${claim.id}`)])).rejects.toBeInstanceOf(VersionConflictError);
      expect(await f.claims.findById('tijuana', CASE_ID, claim.id)).toMatchObject({ status: 'agreement', version: 2 });
      expect(await f.claims.stepsBefore('tijuana', CASE_ID, null, 10)).toHaveLength(1);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('rolls back a change and its steps when its event cannot be written (the change succeeded first)', async () => {
      const claim = aClaim();
      await f.claims.add(claim, [], [record(`dup-${claim.id}`)]);
      const at = new Date(Date.UTC(2026, 10, 22));
      await expect(f.claims.update({ ...claim, status: 'abandoned' }, 1, [aStep(claim, at)], [record(`dup-${claim.id}`)])).rejects.toThrow();
      expect(await f.claims.findById('tijuana', CASE_ID, claim.id)).toMatchObject({ status: 'conciliation-filed', version: 1 });
      const twin = aClaim();
      await expect(f.claims.add(twin, [aStep(twin, at)], [record(`dup-${claim.id}`)])).rejects.toThrow();
      expect(await f.claims.findById('tijuana', CASE_ID, twin.id)).toBeNull();
      expect(await f.claims.stepsBefore('tijuana', CASE_ID, null, 10)).toEqual([]);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('gives the timeline the steps before a position, ties broken by id', async () => {
      const claim = aClaim();
      const at = new Date(Date.UTC(2026, 10, 21, 10));
      const [a, b, c] = [aStep(claim, at), aStep(claim, at), aStep(claim, new Date(at.getTime() - 1000))];
      await f.claims.add(claim, [a, b, c], []);
      await f.claims.add(aClaim({ tenant: 'tapachula' }), [aStep(aClaim({ tenant: 'tapachula' }), at)], []);
      const ids = (steps: ClaimStep[]) => steps.map((s) => s.id);
      expect(ids(await f.claims.stepsBefore('tijuana', CASE_ID, null, 10))).toEqual([b.id, a.id, c.id]);
      expect(ids(await f.claims.stepsBefore('tijuana', CASE_ID, { at: new Date(at.toISOString()), ties: 'below', key: b.id }, 10))).toEqual([a.id, c.id]);
      expect(ids(await f.claims.stepsBefore('tijuana', CASE_ID, { at: new Date(at.toISOString()), ties: 'none' }, 10))).toEqual([c.id]);
      expect(ids(await f.claims.stepsBefore('tijuana', CASE_ID, { at: new Date(at.toISOString()), ties: 'all' }, 1))).toEqual([b.id]);
    });
  });
}
