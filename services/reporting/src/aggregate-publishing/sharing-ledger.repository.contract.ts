import type { OutboxRecord } from '@corredor/messaging';
import { parseFixedPeriod, type FixedPeriod } from '../periods/report-period.domain';
import { publishedPeriodId, statusId, type AnnouncedStatus, type PublishedPeriod, type SharingLedger } from './sharing-ledger.repository';

export interface LedgerUnderTest {
  ledger: SharingLedger;
  /** What the outbox holds, oldest first. */
  pending(): Promise<OutboxRecord[]>;
}

const period = (label: string): FixedPeriod => {
  const parsed = parseFixedPeriod(label);
  if (!parsed) throw new Error(`not a period: ${label}`);
  return parsed;
};

const published = (label: string, centre = 'tijuana', network = 'red-corredor-mx'): PublishedPeriod => ({
  id: publishedPeriodId(centre, network, label),
  centre,
  network,
  agreementId: '6f1c2b9a-0b9d-4d43-9d57-3f6f1c2b9a10',
  period: period(label),
  publishedAt: new Date('2026-12-05T10:00:00.000Z'),
});

let position = 0;
const record = (id: string): OutboxRecord => ({
  id,
  tenant: 'tijuana',
  topic: 'corredor.network.events',
  key: 'red-corredor-mx/tijuana',
  value: '{}',
  headers: {},
  position: (position += 1),
  createdAt: new Date('2026-12-05T10:00:00.000Z'),
});

const status = (revision: number, change: Partial<AnnouncedStatus> = {}): AnnouncedStatus => ({
  id: statusId('tijuana', 'red-corredor-mx'),
  centre: 'tijuana',
  network: 'red-corredor-mx',
  status: 'not-sharing',
  agreementId: null,
  centreName: 'CRTM Tijuana',
  revision,
  announcedAt: new Date('2026-12-05T10:00:00.000Z'),
  ...change,
});

export function describeSharingLedgerContract(name: string, setup: () => Promise<LedgerUnderTest>): void {
  describe(`${name} sharing ledger`, () => {
    let store: LedgerUnderTest;
    beforeEach(async () => {
      store = await setup();
    });

    it('publishes a period once, with its events, whoever claims it and however often', async () => {
      const claims = await Promise.all([store.ledger.claimPeriod(published('2026-11'), [record('a0000000-0000-4000-8000-000000000001')]), store.ledger.claimPeriod(published('2026-11'), [record('a0000000-0000-4000-8000-000000000002')])]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.ledger.claimPeriod(published('2026-11'), [record('a0000000-0000-4000-8000-000000000003')])).toBe(false);
      expect((await store.pending()).map((r) => r.id)).toHaveLength(1);
      expect(await store.ledger.claimPeriod(published('2026-11', 'tapachula'), [record('a0000000-0000-4000-8000-000000000004')])).toBe(true);
      expect(await store.ledger.claimPeriod(published('2026-11', 'tijuana', 'red-sur'), [])).toBe(true);
    });

    it('knows the last period published for a centre and network, by its last day', async () => {
      expect(await store.ledger.lastPublished('tijuana', 'red-corredor-mx')).toBeNull();
      for (const label of ['2026-09', '2026-11', '2026-10']) await store.ledger.claimPeriod(published(label), []);
      await store.ledger.claimPeriod(published('2027-01', 'tapachula'), []);
      await store.ledger.claimPeriod(published('2027-02', 'tijuana', 'red-sur'), []);
      expect(await store.ledger.lastPublished('tijuana', 'red-corredor-mx')).toEqual(published('2026-11'));
    });

    it('announces each revision of a status once, with its events, and nothing when another announced meanwhile', async () => {
      const first = await Promise.all([store.ledger.claimStatus(status(1), [record('b0000000-0000-4000-8000-000000000001')]), store.ledger.claimStatus(status(1), [record('b0000000-0000-4000-8000-000000000002')])]);
      expect(first.filter(Boolean)).toHaveLength(1);
      const sharing = status(2, { status: 'sharing', agreementId: '6f1c2b9a-0b9d-4d43-9d57-3f6f1c2b9a10' });
      expect(await store.ledger.claimStatus(sharing, [record('b0000000-0000-4000-8000-000000000003')])).toBe(true);
      expect(await store.ledger.claimStatus(status(2), [record('b0000000-0000-4000-8000-000000000004')])).toBe(false);
      expect(await store.ledger.claimStatus(status(4), [record('b0000000-0000-4000-8000-000000000005')])).toBe(false);
      expect(await store.ledger.statuses()).toEqual([sharing]);
      const written = (await store.pending()).map((r) => r.id);
      expect(written).toHaveLength(2);
      expect(written).toContain('b0000000-0000-4000-8000-000000000003');
    });
  });
}
