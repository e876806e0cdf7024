import { aggregateId, memberId, type MemberStatus, type NetworkViewRepository, type PublishedAggregate } from './network-view.repository';

const NETWORK = 'red-corredor-mx';
const AGREEMENT = '6f1c2b9a-0b9d-4d43-9d57-3f6f1c2b9a10';

export function memberFixture(centre: string, change: Partial<MemberStatus> = {}): MemberStatus {
  return {
    id: memberId(change.network ?? NETWORK, centre),
    network: NETWORK,
    centre,
    centreName: `Centro ${centre}`,
    status: 'sharing',
    agreement: {
      agreementId: AGREEMENT,
      indicators: [{ indicator: 'people-served', breakdowns: [['sex', 'ageBand']] }],
      measures: [],
      from: '2026-01-01',
      periodKind: 'month',
      firstPeriod: '2026-01',
      rule: { k: 5, roundTo: null },
      agreedAt: '2026-01-02T10:00:00.000Z',
    },
    changedAt: new Date('2026-01-02T10:00:00.000Z'),
    ...change,
  };
}

export function aggregateFixture(centre: string, label: string, from: string, to: string, change: Partial<PublishedAggregate> = {}): PublishedAggregate {
  return {
    id: aggregateId(change.network ?? NETWORK, centre, label),
    network: NETWORK,
    centre,
    agreementId: AGREEMENT,
    period: { kind: 'month', label, from, to },
    rule: { k: 5, roundTo: null },
    indicators: [{ indicator: 'people-served', total: 12, tables: [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 7 }, { key: ['male'], value: 5 }] }] }],
    measures: { labourClaimAmounts: null, daysToFirstService: null },
    publishedAt: new Date(`${to}T23:00:00.000Z`),
    ...change,
  };
}

export function describeNetworkViewRepositoryContract(name: string, setup: () => Promise<NetworkViewRepository>): void {
  describe(`${name} network-view repository`, () => {
    let view: NetworkViewRepository;
    beforeEach(async () => {
      view = await setup();
    });

    it("keeps each centre's latest status per network, whatever order they arrive in", async () => {
      const later = memberFixture('tijuana', { status: 'not-sharing', agreement: null, changedAt: new Date('2026-03-01T00:00:00.000Z') });
      await view.recordStatus(later);
      await view.recordStatus(memberFixture('tijuana'));
      await view.recordStatus(memberFixture('tapachula'));
      await view.recordStatus(memberFixture('tijuana', { network: 'red-sur' }));
      expect(await view.members(NETWORK)).toEqual([memberFixture('tapachula'), later]);
      expect(await view.member(NETWORK, 'tijuana')).toEqual(later);
      expect(await view.member('red-sur', 'tapachula')).toBeNull();
      await view.recordStatus(memberFixture('motozintla', { status: 'left', agreement: null }));
      await view.recordStatus(memberFixture('arriaga'));
      expect((await view.listMembers(NETWORK, { after: null, limit: 2 })).map((m) => m.centre)).toEqual(['arriaga', 'tapachula']);
      expect((await view.listMembers(NETWORK, { after: 'tapachula', limit: 2 })).map((m) => m.centre)).toEqual(['tijuana']);
      const again = memberFixture('tijuana', { changedAt: new Date('2026-04-01T00:00:00.000Z') });
      await view.recordStatus(again);
      expect(await view.member(NETWORK, 'tijuana')).toEqual(again);
    });

    it("keeps a period's figures as first published, per network, and lists a centre's periods newest first", async () => {
      const november = aggregateFixture('tijuana', '2026-11', '2026-11-01', '2026-11-30');
      await view.recordAggregate(november);
      await view.recordAggregate({ ...november, indicators: [{ indicator: 'people-served', total: 99, tables: [] }] });
      await view.recordAggregate(aggregateFixture('tapachula', '2026-11', '2026-11-01', '2026-11-30'));
      await view.recordAggregate(aggregateFixture('tijuana', '2026-10', '2026-10-01', '2026-10-31'));
      await view.recordAggregate(aggregateFixture('tijuana', '2026-11', '2026-11-01', '2026-11-30', { network: 'red-sur' }));
      expect((await view.aggregates(NETWORK, '2026-11')).map((a) => [a.centre, a.indicators[0]?.total])).toEqual([
        ['tapachula', 12],
        ['tijuana', 12],
      ]);
      expect(await view.aggregates(NETWORK, '2026-11')).toContainEqual(november);
      expect((await view.periodsOf(NETWORK, 'tijuana')).map((p) => p.label)).toEqual(['2026-11', '2026-10']);
      expect(await view.aggregates(NETWORK, '2026-12')).toEqual([]);
    });
  });
}
