import { attack } from './attacker.test-support';
import { DisclosureError, forRelease, protectFamily, roundCount, type CountTable, type ProtectedFamily, type TableFamily } from './index';

const noRounding = (k: number) => ({ k, roundTo: null });

/** A two-way table from rows of counts: rows are categories of the first dimension. */
function twoWay(dimensions: [string, string], rows: Record<string, Record<string, number | null>>): CountTable {
  return {
    dimensions,
    cells: Object.entries(rows).flatMap(([row, counts]) => Object.entries(counts).map(([column, count]) => ({ key: [row, column], count }))),
  };
}

function oneWay(dimension: string, counts: Record<string, number | null>): CountTable {
  return { dimensions: [dimension], cells: Object.entries(counts).map(([category, count]) => ({ key: [category], count })) };
}

function valueAt(release: ProtectedFamily, dimensions: string[], key: string[]): number | null | undefined {
  const table = release.tables.find((t) => t.dimensions.join() === dimensions.join());
  return table?.cells.find((cell) => cell.key.join() === key.join())?.value;
}

function suppressedIn(release: ProtectedFamily, dimensions: string[]): string[] {
  const table = release.tables.find((t) => t.dimensions.join() === dimensions.join());
  return (table?.cells ?? []).filter((cell) => cell.value === null).map((cell) => cell.key.join('/'));
}

/** How far a reader can narrow each suppressed cell, solving from the release alone. */
async function narrowest(release: ProtectedFamily, multiValued: string[] = []): Promise<number> {
  const cells = await attack(release, multiValued, { integer: true });
  return Math.min(...cells.map((cell) => cell.max - cell.min));
}

describe('small-cell suppression', () => {
  it('hides a small cell of a 2x2 table together with three complements, and keeps every margin', async () => {
    const family: TableFamily = {
      total: 32,
      tables: [twoWay(['sex', 'ageBand'], { F: { '18-29': 2, '30+': 10 }, M: { '18-29': 8, '30+': 12 } })],
      multiValued: [],
    };
    const release = protectFamily(family, noRounding(5));

    expect(release.tables.find((t) => t.dimensions.join() === 'sex,ageBand')?.cells).toEqual([
      { key: ['F', '18-29'], value: null, suppressed: 'primary' },
      { key: ['F', '30+'], value: null, suppressed: 'secondary' },
      { key: ['M', '18-29'], value: null, suppressed: 'secondary' },
      { key: ['M', '30+'], value: null, suppressed: 'secondary' },
    ]);
    // The margins are part of the release (anyone can sum the table), published in full here.
    expect(release.tables.map((t) => t.dimensions)).toEqual([['sex', 'ageBand'], ['sex'], ['ageBand']]);
    expect(valueAt(release, ['sex'], ['F'])).toBe(12);
    expect(valueAt(release, ['ageBand'], ['18-29'])).toBe(10);
    expect(release.total).toBe(32);
    // The 2 can be anything from 1 to 9 for a reader.
    expect(await attack(release, [], { integer: true })).toContainEqual({ name: 'ageBand=18-29|sex=F', min: 1, max: 9 });
  });

  it('gives a lone small cell of a one-way table the smallest other category as its complement', async () => {
    const release = protectFamily({ total: 40, tables: [oneWay('nationality', { MX: 20, GT: 2, HN: 7, SV: 11 })], multiValued: [] }, noRounding(5));

    expect(release.tables[0]?.cells).toEqual([
      { key: ['MX'], value: 20 },
      { key: ['GT'], value: null, suppressed: 'primary' },
      { key: ['HN'], value: null, suppressed: 'secondary' },
      { key: ['SV'], value: 11 },
    ]);
    expect(release.total).toBe(40);
    expect(await narrowest(release)).toBeGreaterThanOrEqual(1);
  });

  it('uses that a suppressed cell is at least 1: two suppressed cells in a row are not enough when the row leaves 2 for them', async () => {
    // Row A: 11 - 9 = 2 for two suppressed cells of at least 1 each: both are 1. Counting suppressed
    // cells per row and column (two each) would miss it; the audit does not.
    const release = protectFamily(
      { total: 29, tables: [twoWay(['sex', 'site'], { A: { x: 1, y: 1, z: 9 }, B: { x: 6, y: 7, z: 5 } })], multiValued: [] },
      noRounding(3),
    );

    expect(suppressedIn(release, ['sex', 'site'])).toEqual(expect.arrayContaining(['A/x', 'A/y', 'A/z']));
    expect(await narrowest(release)).toBeGreaterThanOrEqual(1);
  });

  it('suppresses even the total of a table of ones, which cells of at least 1 would fill exactly', async () => {
    // k = 3: every cell (1) and margin (2) is small; a published total of 4 = two rows of at least 2
    // each would give every cell away.
    const release = protectFamily({ total: 4, tables: [twoWay(['a', 'b'], { p: { u: 1, v: 1 }, q: { u: 1, v: 1 } })], multiValued: [] }, noRounding(3));

    expect(release.total).toBeNull();
    expect(release.tables.flatMap((table) => table.cells).every((cell) => cell.value === null)).toBe(true);
    expect(await narrowest(release)).toBeGreaterThanOrEqual(1);
  });

  it('follows a shared margin into the other table: a complement in the age margin hides a cell of both tables that share it', async () => {
    // The 65+ age band (3) is small in both tables and in the age margin; the age margin then needs a
    // complement (18-29, the smallest), which each two-way table would give away by summing its own
    // 18-29 cells: both hide one, although none of them is below k.
    const family: TableFamily = {
      total: 52,
      tables: [
        twoWay(['sex', 'ageBand'], { F: { '18-29': 5, '30-64': 15, '65+': 1 }, M: { '18-29': 6, '30-64': 23, '65+': 2 } }),
        twoWay(['ageBand', 'nationality'], { '18-29': { MX: 5, GT: 6 }, '30-64': { MX: 20, GT: 18 }, '65+': { MX: 2, GT: 1 } }),
      ],
      multiValued: [],
    };
    const release = protectFamily(family, noRounding(5));

    expect(valueAt(release, ['ageBand'], ['65+'])).toBeNull();
    expect(valueAt(release, ['ageBand'], ['18-29'])).toBeNull();
    expect(suppressedIn(release, ['sex', 'ageBand']).filter((key) => key.endsWith('/18-29'))).not.toEqual([]);
    expect(suppressedIn(release, ['ageBand', 'nationality']).filter((key) => key.startsWith('18-29/'))).not.toEqual([]);
    expect(await narrowest(release)).toBeGreaterThanOrEqual(1);
  });

  it('needs no complement for a small category of a multi-valued dimension, whose categories do not add up', async () => {
    const release = protectFamily({ total: 35, tables: [oneWay('language', { es: 30, en: 4, kiche: 6 })], multiValued: ['language'] }, noRounding(5));

    expect(release.tables[0]?.cells).toEqual([
      { key: ['es'], value: 30 },
      { key: ['en'], value: null, suppressed: 'primary' },
      { key: ['kiche'], value: 6 },
    ]);
    expect(await attack(release, ['language'], { integer: true })).toEqual([{ name: 'language=en', min: 1, max: 35 }]);
  });

  it('keeps a count withheld upstream suppressed, and protects it like a small one', async () => {
    // A network total where one centre withheld its count: the total minus the rest would reveal it.
    const release = protectFamily({ total: 60, tables: [oneWay('sex', { F: null, M: 25, X: 8 })], multiValued: [] }, noRounding(5));

    expect(release.tables[0]?.cells).toEqual([
      { key: ['F'], value: null, suppressed: 'primary' },
      { key: ['M'], value: 25 },
      { key: ['X'], value: null, suppressed: 'secondary' },
    ]);
    expect(await narrowest(release)).toBeGreaterThanOrEqual(1);
  });

  it('releases each margin that summing gives, once, with one value per cell across tables', () => {
    // language is multi-valued: sex x language sums to the language margin (each person has one
    // sex), not to the sex margin (a person speaking two languages would count twice).
    const release = protectFamily(
      {
        total: 40,
        tables: [oneWay('sex', { F: 18, M: 22 }), twoWay(['sex', 'ageBand'], { F: { a: 8, b: 10 }, M: { a: 12, b: 10 } }), twoWay(['sex', 'language'], { F: { es: 18, en: 6 }, M: { es: 20, en: 9 } })],
        multiValued: ['language'],
      },
      noRounding(5),
    );

    expect(release.tables.map((t) => t.dimensions)).toEqual([['sex'], ['sex', 'ageBand'], ['sex', 'language'], ['ageBand'], ['language']]);
    expect(release.tables[0]?.cells).toEqual([
      { key: ['F'], value: 18 },
      { key: ['M'], value: 22 },
    ]);
    expect(valueAt(release, ['language'], ['en'])).toBe(15);
  });

  it('publishes zeros, listed or not, and lists the cells it was given', () => {
    const release = protectFamily({ total: 12, tables: [oneWay('sex', { F: 12, M: 0 })], multiValued: [] }, noRounding(5));

    expect(release.tables[0]?.cells).toEqual([
      { key: ['F'], value: 12 },
      { key: ['M'], value: 0 },
    ]);
    expect(release.total).toBe(12);
  });

  it('rounds published counts after suppression (31 to 30), never a count to 0 and never a zero up', () => {
    const release = protectFamily({ total: 31, tables: [oneWay('sex', { F: 12, M: 17, X: 2, U: 0 })], multiValued: [] }, { k: 3, roundTo: 5 });

    expect(release.tables[0]?.cells.map((cell) => cell.value)).toEqual([null, 15, null, 0]);
    expect(release.total).toBe(30);
    expect([0, 3, 7, 8, 12, 13, 25].map((count) => roundCount(count, 5))).toEqual([0, 5, 5, 10, 10, 15, 25]);
    expect(roundCount(3, 10)).toBe(10);
    expect(roundCount(7, null)).toBe(7);
  });

  it('refuses k below 3, bad counts, and tables that disagree', () => {
    const family: TableFamily = { total: 10, tables: [oneWay('sex', { F: 4, M: 6 })], multiValued: [] };
    const codeOf = (action: () => unknown): string | undefined => {
      try {
        action();
      } catch (error) {
        return error instanceof DisclosureError ? error.code : 'not-a-disclosure-error';
      }
      return undefined;
    };

    expect(codeOf(() => protectFamily(family, noRounding(2)))).toBe('RULE');
    expect(codeOf(() => protectFamily(family, { k: 5, roundTo: 0 }))).toBe('RULE');
    expect(codeOf(() => protectFamily({ ...family, tables: [oneWay('sex', { F: -1, M: 11 })] }, noRounding(3)))).toBe('COUNT');
    expect(codeOf(() => protectFamily({ ...family, total: 11 }, noRounding(3)))).toBe('INCONSISTENT');
    expect(
      codeOf(() =>
        protectFamily({ total: 10, tables: [oneWay('sex', { F: 4, M: 6 }), twoWay(['sex', 'ageBand'], { F: { a: 4 }, M: { a: 5 } })], multiValued: [] }, noRounding(3)),
      ),
    ).toBe('INCONSISTENT');
    expect(codeOf(() => protectFamily({ total: null, tables: [{ dimensions: ['a', 'b', 'c'], cells: [] }], multiValued: [] }, noRounding(3)))).toBe('TABLE');
  });

  it('leaves out why a cell is suppressed in what is released', () => {
    const release = forRelease(protectFamily({ total: 40, tables: [oneWay('nationality', { MX: 20, GT: 2, HN: 7, SV: 11 })], multiValued: [] }, noRounding(5)));

    expect(release.tables[0]?.cells.filter((cell) => cell.value === null)).toEqual([
      { key: ['GT'], value: null },
      { key: ['HN'], value: null },
    ]);
    expect(release.rule).toEqual({ k: 5, roundTo: null });
  });
});
