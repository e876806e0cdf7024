import { atOnce, checkpointAt, type Steps } from '../cooperative/steps';
import type { Unit } from './indicator-catalog';

export interface Table {
  dimensions: string[];
  /** One cell per combination of categories met, sorted by key; combinations with no unit are left out. */
  cells: Array<{ key: string[]; count: number }>;
}

function valueOf(unit: Unit, dimension: string): string | readonly string[] {
  const value = unit[dimension];
  if (value === undefined) throw new Error(`a unit has no value for the dimension ${dimension}`);
  return value;
}

function categoriesOf(unit: Unit, dimension: string): readonly string[] {
  const value = valueOf(unit, dimension);
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

const byCategory = (a: readonly [string, number], b: readonly [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Adds one unit to a one-way table's counts: once in each of its categories (a multi-valued one's repeated categories once). */
function count(counts: Map<string, number>, value: string | readonly string[]): void {
  if (typeof value === 'string') {
    counts.set(value, (counts.get(value) ?? 0) + 1);
    return;
  }
  let index = 0;
  for (const category of value) {
    if (value.indexOf(category) === index) counts.set(category, (counts.get(category) ?? 0) + 1);
    index += 1;
  }
}

/**
 * The one-way table of each dimension given, in one pass over the units: what `tabulate(units,
 * [dimension])` gives for each, in the order given. A report's breakdowns are all one-way, and its
 * largest indicator (people served) has six of them.
 */
export function* oneWayTables(units: readonly Unit[], dimensions: readonly string[]): Steps<Table[]> {
  const tables = dimensions.map((dimension) => ({ dimension, counts: new Map<string, number>() }));
  let seen = 0;
  for (const unit of units) {
    for (const table of tables) count(table.counts, valueOf(unit, table.dimension));
    if (checkpointAt(++seen)) yield;
  }
  return tables.map(({ dimension, counts }) => ({
    dimensions: [dimension],
    cells: [...counts].sort(byCategory).map(([category, cellCount]) => ({ key: [category], count: cellCount })),
  }));
}

/**
 * Counts units by the categories of the dimensions given: a one-way table for one dimension, a
 * two-way table for two. A unit counts once in each combination of its categories (so a unit with
 * two languages counts in both rows, and one with none in no row). With no dimension the table is
 * the total: always one cell, with the key [] (its count may be 0).
 */
export function* tabulateSteps(units: readonly Unit[], dimensions: readonly string[]): Steps<Table> {
  if (dimensions.length === 0) return { dimensions: [], cells: [{ key: [], count: units.length }] };
  if (dimensions.length === 1) {
    const [table] = yield* oneWayTables(units, dimensions);
    if (table) return table;
  }
  const counts = new Map<string, { key: string[]; count: number }>();
  let seen = 0;
  for (const unit of units) {
    for (const key of combinations(unit, dimensions)) {
      // Categories are codes and ids: none holds a NUL, so joining on it keeps keys apart.
      const id = key.join('\u0000');
      const cell = counts.get(id);
      if (cell) cell.count += 1;
      else counts.set(id, { key, count: 1 });
    }
    if (checkpointAt(++seen)) yield;
  }
  return { dimensions: [...dimensions], cells: [...counts.values()].sort((a, b) => compareKeys(a.key, b.key)) };
}

/** tabulateSteps run through at once. */
export function tabulate(units: readonly Unit[], dimensions: readonly string[]): Table {
  return atOnce(tabulateSteps(units, dimensions));
}
