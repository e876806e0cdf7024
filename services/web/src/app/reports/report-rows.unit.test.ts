import { chartData, chartHeight, indicatorSections, integerTicks, sortRows, type IndicatorEntry, type IndicatorReport } from './report-rows';

const entry = (change: Partial<IndicatorEntry>): IndicatorEntry => ({ unit: 'person', description: '', total: 0, breakdowns: {}, ...change });

const report = (indicators: IndicatorReport['indicators']): IndicatorReport => ({
  centre: 'tijuana',
  period: { kind: 'month', label: '2026-11', from: '2026-11-01', to: '2026-11-30', timeZone: 'America/Tijuana' },
  generatedAt: '2026-11-24T18:00:00.000Z',
  suppression: 'none: exact figures, for use inside the centre',
  indicators,
});

describe("the centre's report as sections", () => {
  it('lists the indicators in the catalog order, whatever order the answer has them in', () => {
    const sections = indicatorSections(report({ 'risk-flags': entry({ unit: 'flag' }), 'cases-closed': entry({ unit: 'closure' }), 'people-served': entry({}) }));
    expect(sections.map((section) => section.id)).toEqual(['people-served', 'cases-closed', 'risk-flags']);
    expect(sections.map((section) => section.unit)).toEqual(['person', 'closure', 'flag']);
  });

  it('orders categories as a reader expects: listed codes in their order, others by count, unknowns last', () => {
    const [people] = indicatorSections(
      report({
        'people-served': entry({
          total: 9,
          breakdowns: {
            sex: { male: 4, 'not-stated': 1, female: 4 },
            nationality: { unknown: 3, HN: 1, HT: 5, GT: 1 },
            ageBand: { '60+': 1, '0-11': 2, '18-29': 6 },
          },
        }),
      }),
    );
    const rows = (dimension: string) => people?.breakdowns.find((breakdown) => breakdown.dimension === dimension)?.rows.map((row) => row.category);
    expect(rows('sex')).toEqual(['female', 'male', 'not-stated']);
    expect(rows('nationality')).toEqual(['HT', 'GT', 'HN', 'unknown']);
    expect(rows('ageBand')).toEqual(['0-11', '18-29', '60+']);
    expect(people?.breakdowns.find((breakdown) => breakdown.dimension === 'language')).toBeUndefined();
  });

  it("marks a person's languages as adding up to more than the total", () => {
    const [people] = indicatorSections(report({ 'people-served': entry({ total: 2, breakdowns: { language: { ht: 2, fr: 1 }, sex: { female: 2 } } }) }));
    expect(people?.breakdowns.map((breakdown) => [breakdown.dimension, breakdown.multiValued])).toEqual([
      ['language', true],
      ['sex', false],
    ]);
  });

  it('names partners by the names the report gives them', () => {
    const [referrals] = indicatorSections(
      report({
        referrals: entry({
          unit: 'referral',
          total: 3,
          breakdowns: { partner: { p1: 1, p2: 2 } },
          partners: [
            { partnerId: 'p1', name: 'Casa del Migrante', referrals: 1 },
            { partnerId: 'p2', name: 'Albergue Juventud 2000', referrals: 2 },
          ],
        }),
      }),
    );
    expect(referrals?.breakdowns[0]?.rows).toEqual([
      { category: 'p2', value: 2, name: 'Albergue Juventud 2000' },
      { category: 'p1', value: 1, name: 'Casa del Migrante' },
    ]);
  });

  it('keeps the measures beside their indicators: days to first service, amounts per currency', () => {
    const sections = indicatorSections(
      report({
        'services-delivered': entry({ unit: 'service', total: 2, daysToFirstService: { cases: 2, median: 3.5 } }),
        'labour-claims': entry({
          unit: 'claim',
          total: 2,
          amounts: {
            USD: { claims: 1, claimed: '300.00', agreed: '0.00', awarded: '0.00', received: '0.00' },
            MXN: { claims: 1, claimed: '15000.00', agreed: '12000.00', awarded: '0.00', received: '6000.00' },
          },
        }),
      }),
    );
    expect(sections[0]?.daysToFirstService).toEqual({ cases: 2, median: 3.5 });
    expect(sections[1]?.amounts).toEqual([
      { currency: 'MXN', claims: 1, amounts: { claimed: '15000.00', agreed: '12000.00', awarded: '0.00', received: '6000.00' } },
      { currency: 'USD', claims: 1, amounts: { claimed: '300.00', agreed: '0.00', awarded: '0.00', received: '0.00' } },
    ]);
  });
});

describe('charts', () => {
  it('draws a bar for every figure, zero included, and none for a withheld one', () => {
    expect(chartData([{ category: 'female', value: 7 }, { category: 'male', value: null }, { category: 'intersex', value: 0 }])).toEqual({
      bars: [
        { category: 'female', value: 7 },
        { category: 'intersex', value: 0 },
      ],
      suppressed: ['male'],
    });
  });

  it('puts withheld figures after the counted ones among unlisted categories', () => {
    expect(sortRows('nationality', [{ category: 'GT', value: null }, { category: 'HT', value: 5 }]).map((row) => row.category)).toEqual(['HT', 'GT']);
  });

  it('marks the axis in whole numbers', () => {
    expect(integerTicks(3, 5)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(0, 5)).toEqual([0, 1]);
    expect(integerTicks(47, 5)).toEqual([0, 20, 40, 60]);
    expect(integerTicks(47, 8)).toEqual([0, 10, 20, 30, 40, 50]);
    for (const tick of integerTicks(1234, 6)) expect(Number.isInteger(tick)).toBe(true);
  });

  it('grows with its bars', () => {
    expect(chartHeight(4)).toBeGreaterThan(chartHeight(2));
    expect(chartHeight(0)).toBe(chartHeight(1));
  });
});
