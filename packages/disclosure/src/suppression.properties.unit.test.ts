import fc from 'fast-check';
import { attack, attackerSolver } from './attacker.test-support';
import { protectFamily, type CountTable, type DisclosureRule, type ProtectedFamily, type TableFamily } from './index';

/**
 * Properties of any release, over random tables and families: (1) nothing published is below k but
 * true zeros; (2) no suppressed cell can be worked out, checked by solving for it from the release
 * alone with another solver; (3) what is published is the truth (or its rounding).
 */

/** The true count of any cell: the test knows it; the release must not give it away. */
type Truth = (dims: readonly string[], key: readonly string[]) => number;

interface Case {
  family: TableFamily;
  truth: Truth;
  /** Cells given as null (withheld upstream), as 'dim=cat|dim=cat'. */
  withheld: ReadonlySet<string>;
  rule: DisclosureRule;
}

const cellName = (dims: readonly string[], key: readonly string[]): string =>
  dims
    .map((dim, at) => `${dim}=${key[at] ?? ''}`)
    .sort()
    .join('|');

const rule = fc.record({ k: fc.integer({ min: 3, max: 10 }), roundTo: fc.constantFrom(null, null, 3, 5, 10) });

/**
 * Counts with many small ones (the cells suppression is about) and some large; some tables have only
 * tiny counts, whose margins are small too while the total is not (where cells of at least 1 can fill
 * a published total exactly).
 */
const counts = (length: number) =>
  fc
    .constantFrom(1, 2, 12, 12, 80)
    .chain((largest) => fc.array(fc.oneof({ arbitrary: fc.integer({ min: 0, max: Math.min(largest, 12) }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: largest }), weight: 1 }), { minLength: length, maxLength: length }));

/** A table of counts given directly; its margins and total are sums. Some cells withheld upstream. */
function directCase(rows: number, columns: number): fc.Arbitrary<Case> {
  return fc
    .record({
      counts: counts(rows * columns).map((flat) => Array.from({ length: rows }, (_, r) => flat.slice(r * columns, (r + 1) * columns))),
      withheld: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 2 }),
      rule,
    })
    .map(({ counts, withheld, rule }) => {
      const twoWay = columns > 1;
      const dims = twoWay ? ['row', 'column'] : ['row'];
      const cells = counts.flatMap((line, r) => line.map((value, c) => ({ key: twoWay ? [`r${r}`, `c${c}`] : [`r${r}`], value })));
      const hidden = new Set(withheld.flatMap((at) => cells.filter((cell, i) => i === at % cells.length && cell.value > 0)));
      const table: CountTable = {
        dimensions: dims,
        cells: cells.filter((cell) => cell.value > 0 || cell.key[0] === 'r0').map((cell) => ({ key: cell.key, count: hidden.has(cell) ? null : cell.value })),
      };
      const truth: Truth = (asked, key) =>
        cells
          .filter((cell) => asked.every((dim, at) => cell.key[dims.indexOf(dim)] === key[at]))
          .reduce((sum, cell) => sum + cell.value, 0);
      return {
        family: { total: truth([], []), tables: [table], multiValued: [] },
        truth,
        withheld: new Set([...hidden].map((cell) => cellName(dims, cell.key))),
        rule,
      };
    });
}

/**
 * People with a sex, an age band, a nationality (skewed: a few are rare) and one or more languages
 * (multi-valued), counted into a random family of one- and two-way tables: linked through shared
 * margins, so a suppression in one table can be undone through another unless it is followed there.
 */
const skewed = (categories: number) => fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: categories - 1 }), weight: 3 });
const person = fc.record({
  sex: skewed(2),
  ageBand: skewed(4),
  nationality: skewed(6),
  language: fc.uniqueArray(skewed(4), { minLength: 1, maxLength: 3 }),
});
const SHAPES = [['sex'], ['nationality'], ['language'], ['sex', 'ageBand'], ['sex', 'nationality'], ['ageBand', 'nationality'], ['sex', 'language'], ['language', 'ageBand']];

const familyCase: fc.Arbitrary<Case> = fc
  .record({
    people: fc.array(person, { maxLength: 120 }),
    shapes: fc.uniqueArray(fc.integer({ min: 0, max: SHAPES.length - 1 }), { minLength: 2, maxLength: 4 }),
    rule,
  })
  .map(({ people, shapes, rule }) => {
    const categoriesOf = (p: (typeof people)[number], dim: string): string[] => {
      const value = p[dim as keyof typeof p];
      return (Array.isArray(value) ? value : [value]).map((v) => `${dim[0]}${v}`);
    };
    const truth: Truth = (dims, key) => people.filter((p) => dims.every((dim, at) => categoriesOf(p, dim).includes(key[at] ?? ''))).length;
    const tables = shapes.map((at): CountTable => {
      const dims = SHAPES[at] ?? [];
      const counts = new Map<string, { key: string[]; count: number }>();
      for (const p of people) {
        const keys = dims.reduce<string[][]>((acc, dim) => acc.flatMap((prefix) => categoriesOf(p, dim).map((c) => [...prefix, c])), [[]]);
        for (const key of keys) {
          const entry = counts.get(key.join()) ?? { key, count: 0 };
          entry.count += 1;
          counts.set(key.join(), entry);
        }
      }
      return { dimensions: dims, cells: [...counts.values()] };
    });
    return { family: { total: people.length, tables, multiValued: ['language'] }, truth, withheld: new Set<string>(), rule };
  });

/** Independent of the module's rounding: nearest multiple, halves up, a non-zero count never 0. */
const roundedTruth = (value: number, base: number | null): number => (base === null || value === 0 ? value : Math.max(base, Math.round(value / base) * base));

async function checkRelease({ family, truth, withheld, rule }: Case, integer = false): Promise<void> {
  const release: ProtectedFamily = protectFamily(family, rule);
  const shown = [{ dims: [] as string[], key: [] as string[], value: release.total }, ...release.tables.flatMap((t) => t.cells.map((c) => ({ dims: t.dimensions, key: c.key, value: c.value })))];
  for (const { dims, key, value } of shown) {
    const real = truth(dims, key);
    if (withheld.has(cellName(dims, key))) expect(value).toBeNull();
    if (value === null) {
      expect(real).toBeGreaterThanOrEqual(1);
      continue;
    }
    // (1) nothing published below k but zeros; (3) what is published is the truth, or its rounding.
    expect(real === 0 || real >= rule.k).toBe(true);
    expect(value).toBe(roundedTruth(real, rule.roundTo));
  }
  // (2) a reader solving from the release alone cannot pin any suppressed cell to one value.
  for (const cell of await attack(release, family.multiValued, { integer })) {
    expect({ cell: cell.name, undetermined: cell.max - cell.min >= 1 - 1e-7 }).toEqual({ cell: cell.name, undetermined: true });
  }
}

describe('suppression properties', () => {
  beforeAll(() => attackerSolver());

  it('one-way tables: nothing below k is published, and every suppressed cell stays undeterminable', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 12 }).chain((rows) => directCase(rows, 1)), (c) => checkRelease(c)), { numRuns: 150 });
  });

  it('two-way tables with their margins: the same', async () => {
    const shape = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 7 }));
    await fc.assert(fc.asyncProperty(shape.chain(([rows, columns]) => directCase(rows, columns)), (c) => checkRelease(c)), { numRuns: 120 });
  });

  it('families of tables linked through shared margins, with a multi-valued dimension: the same', async () => {
    await fc.assert(fc.asyncProperty(familyCase, (c) => checkRelease(c)), { numRuns: 120 });
  });

  it('families: the same for an attacker who reasons in whole numbers (their relations need not be totally unimodular)', async () => {
    await fc.assert(fc.asyncProperty(familyCase, (c) => checkRelease(c, true)), { numRuns: 30 });
  });
});
