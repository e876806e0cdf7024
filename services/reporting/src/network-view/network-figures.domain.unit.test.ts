import { networkClaimAmounts, networkFiguresOf, strictestRule, type Contribution } from './network-figures.domain';

const contribution = (centre: string, k: number, total: number | null, tables: Contribution['figures']['tables'], roundTo: number | null = null): Contribution => ({
  centre,
  rule: { k, roundTo },
  figures: { indicator: 'people-served', total, tables },
});

const valueOf = (figures: ReturnType<typeof networkFiguresOf>, dimensions: string[], key: string[]) =>
  figures?.tables.find((table) => table.dimensions.join() === dimensions.join())?.cells.find((cell) => cell.key.join() === key.join())?.value;

describe("the network's figures, from its centres' published ones", () => {
  it('sum cell by cell, a category a centre does not list counting as its zero', () => {
    const figures = networkFiguresOf('people-served', [
      contribution('a', 5, 20, [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 12 }, { key: ['male'], value: 8 }] }]),
      contribution('b', 5, 9, [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 9 }] }]),
    ]);
    expect(figures).toMatchObject({ over: ['a', 'b'], rule: { k: 5, roundTo: null }, total: 29 });
    expect(valueOf(figures, ['sex'], ['female'])).toBe(21);
    expect(valueOf(figures, ['sex'], ['male'])).toBe(8);
  });

  it("withhold a cell any centre withheld, and enough others that it cannot be worked out from the network's figures", () => {
    const figures = networkFiguresOf('people-served', [
      contribution('a', 5, 30, [{ dimensions: ['nationality'], cells: [{ key: ['HT'], value: null }, { key: ['MX'], value: null }, { key: ['GT'], value: 20 }] }]),
      contribution('b', 5, 25, [{ dimensions: ['nationality'], cells: [{ key: ['HT'], value: 10 }, { key: ['MX'], value: 15 }] }]),
    ]);
    expect(valueOf(figures, ['nationality'], ['HT'])).toBeNull();
    expect(valueOf(figures, ['nationality'], ['MX'])).toBeNull();
    expect(valueOf(figures, ['nationality'], ['GT'])).toBe(20);
    expect(figures?.total).toBe(55);
  });

  it('apply the highest k again: a count a centre published at k = 3 is withheld below the network k = 5, with a complement', () => {
    const figures = networkFiguresOf('people-served', [
      contribution('a', 3, 13, [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 10 }, { key: ['intersex'], value: 3 }] }]),
      contribution('b', 5, 12, [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 5 }, { key: ['male'], value: 7 }] }]),
    ]);
    expect(figures?.rule).toEqual({ k: 5, roundTo: null });
    expect(valueOf(figures, ['sex'], ['intersex'])).toBeNull();
    // Not recoverable: the total less the published cells leaves two withheld cells, or no total at all.
    const cells = figures?.tables[0]?.cells ?? [];
    expect(figures?.total === null || cells.filter((cell) => cell.value === null).length >= 2).toBe(true);
  });

  it('total only the tables every centre published, whatever the order of their dimensions', () => {
    const figures = networkFiguresOf('people-served', [
      contribution('a', 5, 10, [
        { dimensions: ['sex', 'ageBand'], cells: [{ key: ['female', '18-29'], value: 5 }, { key: ['male', '30-44'], value: 5 }] },
        { dimensions: ['nationality'], cells: [{ key: ['MX'], value: 10 }] },
      ]),
      contribution('b', 5, 6, [{ dimensions: ['ageBand', 'sex'], cells: [{ key: ['18-29', 'female'], value: 6 }] }]),
    ]);
    expect(valueOf(figures, ['sex', 'ageBand'], ['female', '18-29'])).toBe(11);
    expect(valueOf(figures, ['sex', 'ageBand'], ['male', '30-44'])).toBe(5);
    expect(figures?.tables.some((table) => table.dimensions.includes('nationality'))).toBe(false);
    expect(figures?.total).toBe(16);
  });

  it('withhold counts below k and round again when centres rounded (sums of rounded counts no longer add up)', () => {
    const figures = networkFiguresOf('people-served', [
      contribution('a', 5, 15, [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 10 }, { key: ['male'], value: 10 }] }], 5),
      contribution('b', 3, 3, [{ dimensions: ['sex'], cells: [{ key: ['female'], value: 3 }] }]),
    ]);
    expect(figures?.rule).toEqual({ k: 5, roundTo: 5 });
    expect(figures?.total).toBe(20);
    expect(valueOf(figures, ['sex'], ['female'])).toBe(15);
    expect(valueOf(figures, ['sex'], ['male'])).toBe(10);
  });

  it('are none for an indicator no centre published', () => {
    expect(networkFiguresOf('people-served', [])).toBeNull();
  });

  it('follow the strictest rule among the centres', () => {
    expect(strictestRule([{ k: 3, roundTo: null }, { k: 7, roundTo: 5 }, { k: 5, roundTo: 10 }])).toEqual({ k: 7, roundTo: 10 });
    expect(strictestRule([{ k: 3, roundTo: null }])).toEqual({ k: 3, roundTo: null });
  });

  it("add the centres' labour-claim sums per currency exactly, withheld where any centre sharing them did not publish its own", () => {
    const amounts = (claimed: string) => ({ claimed, agreed: '0.10', awarded: '0.00', received: '1000.05' });
    expect(
      networkClaimAmounts([
        // The first centre left GTQ out: it had no claims in it or withheld them, and a network sum without its part would pass for the network's.
        { labourClaimAmounts: [{ currency: 'MXN', amounts: amounts('0.10') }, { currency: 'USD', amounts: null }], daysToFirstService: null },
        { labourClaimAmounts: [{ currency: 'USD', amounts: amounts('5.00') }, { currency: 'GTQ', amounts: amounts('7.00') }, { currency: 'MXN', amounts: amounts('0.20') }], daysToFirstService: null },
        // Shares no amounts: not part of the sums.
        { labourClaimAmounts: null, daysToFirstService: null },
      ]),
    ).toEqual([
      { currency: 'GTQ', amounts: null },
      { currency: 'MXN', amounts: { claimed: '0.30', agreed: '0.20', awarded: '0.00', received: '2000.10' } },
      { currency: 'USD', amounts: null },
    ]);
    expect(networkClaimAmounts([{ labourClaimAmounts: [], daysToFirstService: null }, { labourClaimAmounts: [{ currency: 'MXN', amounts: amounts('1.00') }], daysToFirstService: null }])).toEqual([{ currency: 'MXN', amounts: null }]);
    expect(networkClaimAmounts([{ labourClaimAmounts: null, daysToFirstService: null }])).toBeNull();
  });
});
