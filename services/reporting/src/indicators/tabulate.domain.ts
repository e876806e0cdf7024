import type { Unit } from './indicator-catalog';

export interface Table {
  dimensions: string[];
  /** One cell per combination of categories met, sorted by key; combinations with no unit are left out. */
  cells: Array<{ key: string[]; count: number }>;
}

function categoriesOf(unit: Unit, dimension: string): readonly string[] {
  const value = unit[dimension];
  if (value === undefined) throw new Error(`a unit has no value for the dimension ${dimension}`);
  // A multi-valued dimension counts the unit once in each of its categories.
  return typeof value === 'string' ? [value] : [...new Set(value)];
}

function combinations(unit: Unit, dimensions: readonly string[]): string[][] {
  return dimensions.reduce<string[][]>(
    (keys, dimension) => keys.flatMap((key) => categoriesOf(unit, dimension).map((category) => [...key, category])),
    [[]],
  );
}

const compareKeys = (a: readonly string[], b: readonly string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
};

/**
 * Counts units by the categories of the dimensions given: a one-way table for one dimension, a
 * two-way table for two. A unit counts once in each combination of its categories (so a unit with
 * two languages counts in both rows, and one with none in no row). With no dimension the table is
 * the total: always one cell, with the key [] (its count may be 0).
 */
export function tabulate(units: readonly Unit[], dimensions: readonly string[]): Table {
  if (dimensions.length === 0) return { dimensions: [], cells: [{ key: [], count: units.length }] };
  const counts = new Map<string, { key: string[]; count: number }>();
  for (const unit of units) {
    for (const key of combinations(unit, dimensions)) {
      // Categories are codes and ids: none holds a NUL, so joining on it keeps keys apart.
      const id = key.join('\u0000');
      const cell = counts.get(id);
      if (cell) cell.count += 1;
      else counts.set(id, { key, count: 1 });
    }
  }
  return { dimensions: [...dimensions], cells: [...counts.values()].sort((a, b) => compareKeys(a.key, b.key)) };
}
