import { networkChartRows, networkView, type NetworkReport } from './network-rows';

const rule = { k: 5, roundTo: null };

/** Two centres publish, a third shares nothing; Tijuana withholds its count of men, Tapachula publishes no table by sex. */
const report: NetworkReport = {
  network: 'frontera-norte',
  period: { kind: 'month', label: '2026-10', from: '2026-10-01', to: '2026-10-31' },
  generatedAt: '2026-11-24T18:00:00.000Z',
  members: [
    { centre: 'tapachula', centreName: 'CRTM Tapachula', status: 'sharing', agreementId: 'a2', rule },
    { centre: 'tijuana', centreName: 'CRTM Tijuana', status: 'sharing', agreementId: 'a1', rule },
    { centre: 'mexicali', centreName: 'CRTM Mexicali', status: 'not-sharing', agreementId: null, rule: null },
  ],
  indicators: [
    {
      indicator: 'people-served',
      centres: [
        { centre: 'tijuana', total: 12, tables: [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 9 }, { key: ['male'], value: null }] }] },
        { centre: 'tapachula', total: null, tables: [] },
      ],
      network: { over: ['tijuana', 'tapachula'], rule, total: null, tables: [{ dimensions: ['sex'], cells: [{ key: ['male'], value: null }, { key: ['female'], value: 9 }] }] },
    },
    {
      indicator: 'cases-opened',
      centres: [
        { centre: 'tapachula', total: 6, tables: [{ dimensions: ['priority', 'status'], cells: [{ key: ['high', 'open'], value: 6 }] }] },
        { centre: 'tijuana', total: 7, tables: [{ dimensions: ['status', 'priority'], cells: [{ key: ['open', 'normal'], value: 7 }] }] },
      ],
      network: null,
    },
  ],
  measures: {
    centres: [
      { centre: 'tijuana', labourClaimAmounts: [{ currency: 'MXN', amounts: null }], daysToFirstService: { median: 2, suppressed: false } },
      { centre: 'tapachula', labourClaimAmounts: null, daysToFirstService: { median: null, suppressed: true } },
    ],
    network: { labourClaimAmounts: [{ currency: 'MXN', amounts: { claimed: '1000.00', agreed: '0.00', awarded: '0.00', received: '500.00' } }] },
  },
};

describe('the network view as tables', () => {
  const view = networkView(report);

  it('has a column for each centre that published for the period, and none for one that shares nothing', () => {
    expect(view.columns).toEqual([
      { centre: 'tapachula', name: 'CRTM Tapachula' },
      { centre: 'tijuana', name: 'CRTM Tijuana' },
    ]);
  });

  it('shows a withheld figure as suppressed, never as zero; a category a published table omits as zero; a table not published as not shared', () => {
    const people = view.indicators[0];
    expect(people?.total).toEqual({ cells: [{ kind: 'suppressed' }, { kind: 'count', value: 12 }], network: { kind: 'suppressed' } });
    expect(people?.tables).toEqual([
      {
        dimensions: ['sex'],
        rows: [
          { key: ['female'], cells: [{ kind: 'not-shared' }, { kind: 'count', value: 9 }], network: { kind: 'count', value: 9 } },
          { key: ['male'], cells: [{ kind: 'not-shared' }, { kind: 'suppressed' }], network: { kind: 'suppressed' } },
        ],
      },
    ]);
  });

  it("reads a two-way table whichever way round a centre lists its dimensions; the network's figures not shared when it has none", () => {
    const cases = view.indicators[1];
    expect(cases?.rule).toBeNull();
    expect(cases?.total).toEqual({ cells: [{ kind: 'count', value: 6 }, { kind: 'count', value: 7 }], network: { kind: 'not-shared' } });
    expect(cases?.tables).toEqual([
      {
        dimensions: ['priority', 'status'],
        rows: [
          { key: ['high', 'open'], cells: [{ kind: 'count', value: 6 }, { kind: 'count', value: 0 }], network: { kind: 'not-shared' } },
          { key: ['normal', 'open'], cells: [{ kind: 'count', value: 0 }, { kind: 'count', value: 7 }], network: { kind: 'not-shared' } },
        ],
      },
    ]);
  });

  it('shows withheld amounts and medians as suppressed, and a centre not sharing them as not shared', () => {
    const claimed = view.amounts.find((line) => line.currency === 'MXN' && line.field === 'claimed');
    expect(claimed).toEqual({ currency: 'MXN', field: 'claimed', cells: [{ kind: 'not-shared' }, { kind: 'suppressed' }], network: { kind: 'amount', value: '1000.00' } });
    expect(view.amounts.map((line) => line.field)).toEqual(['claimed', 'agreed', 'awarded', 'received']);
    expect(view.days).toEqual([{ kind: 'suppressed' }, { kind: 'days', value: 2 }]);
  });

  it("charts the network's one-way tables, keeping withheld categories out of the bars but in the rows", () => {
    const sex = view.indicators[0]?.tables[0];
    expect(sex && networkChartRows(sex)).toEqual([
      { category: 'female', value: 9 },
      { category: 'male', value: null },
    ]);
    const twoWay = view.indicators[1]?.tables[0];
    expect(twoWay && networkChartRows(twoWay)).toEqual([]);
  });
});
