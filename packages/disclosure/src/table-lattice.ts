import { DisclosureError, type TableFamily } from './disclosure.types';

/**
 * One count of the release, whichever tables show it: the total, a one-way cell or margin, a two-way
 * cell. Dimensions are in canonical (sorted) order, so a margin shared by two tables is one cell.
 */
export interface LatticeCell {
  readonly id: number;
  readonly dims: readonly string[];
  readonly key: readonly string[];
  /** The true count when known: given, or derived by summing a table. */
  readonly value: number | null;
  /** Withheld upstream, or not known here: never published. */
  readonly withheld: boolean;
}

/**
 * What anyone can derive from the tables' dimensions alone. `sum`: parent = Σ children (the summed
 * dimension is single-valued). `cover`: every child ≤ parent ≤ Σ children (a multi-valued dimension).
 */
export interface Relation {
  readonly kind: 'sum' | 'cover';
  readonly parent: number;
  readonly children: readonly number[];
}

export interface LatticeTable {
  /** As asked for; canonical for a margin that was only derived. */
  readonly dimensions: readonly string[];
  readonly dimsKey: string;
  /** Cells the input listed for this table (zeros included), to list them in the output too. */
  readonly listed: ReadonlySet<number>;
}

export interface TableLattice {
  readonly cells: readonly LatticeCell[];
  readonly relations: readonly Relation[];
  /** Per cell, the indexes of the relations it takes part in. */
  readonly relationsOf: readonly (readonly number[])[];
  /** The input tables in order, then the margins derived from them that were not asked for. */
  readonly tables: readonly LatticeTable[];
  readonly cellsByDims: ReadonlyMap<string, readonly number[]>;
  /** Per dimension, each category's position in order of first appearance (to order output cells). */
  readonly categoryOrder: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly totalId: number;
}

interface Draft {
  id: number;
  dims: string[];
  key: string[];
  given: number | undefined;
  givenNull: boolean;
  derived: (number | null)[];
}

export const dimsKeyOf = (dims: readonly string[]): string => JSON.stringify(dims);

/**
 * Merges the family's tables into one set of cells with the linear relations between them, derives
 * the margins that summing a table gives, and refuses inputs whose tables disagree.
 */
export function buildLattice(family: TableFamily): TableLattice {
  const multi = new Set(family.multiValued);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const dimsSets = new Map<string, string[]>();
  const inputDims = new Set<string>();
  const categoryOrder = new Map<string, Map<string, number>>();

  /**
   * `listed`: an input table lists it. `derived`: a margin found by summing; if an input table has
   * these dimensions but does not list it, that table says it is zero. `implied`: a margin a relation
   * needs that no table lists or sums to: a zero.
   */
  const cellOf = (dims: string[], key: string[], origin: 'listed' | 'derived' | 'implied'): Draft => {
    const cellKey = JSON.stringify([dims, key]);
    let draft = byKey.get(cellKey);
    if (!draft) {
      const zero = origin === 'implied' || (origin === 'derived' && inputDims.has(dimsKeyOf(dims)) && dims.length > 0);
      const given = zero ? 0 : undefined;
      draft = { id: drafts.length, dims, key, given, givenNull: false, derived: [] };
      drafts.push(draft);
      byKey.set(cellKey, draft);
    }
    return draft;
  };
  const give = (draft: Draft, count: number | null, where: string): void => {
    if (count === null) {
      draft.givenNull = true;
    } else if (draft.given !== undefined && draft.given !== count) {
      throw new DisclosureError('INCONSISTENT', `${where} is given twice with different counts`);
    } else {
      draft.given = count;
    }
  };

  const total = cellOf([], [], 'listed');
  dimsSets.set(dimsKeyOf([]), []);
  checkCount(family.total, 'the total');
  give(total, family.total, 'the total');

  const asked = family.tables.map((table, index) => canonicalTable(table, index));
  for (const table of asked) {
    inputDims.add(table.dimsKey);
    dimsSets.set(table.dimsKey, table.dims);
  }
  const listed = asked.map((table) => {
    const ids = new Set<number>();
    for (const { key, count } of table.cells) {
      key.forEach((category, index) => {
        const dim = table.dims[index] ?? '';
        const order = categoryOrder.get(dim) ?? new Map<string, number>();
        if (!order.has(category)) order.set(category, order.size);
        categoryOrder.set(dim, order);
      });
      const draft = table.dims.length === 0 ? total : cellOf(table.dims, key, 'listed');
      if (ids.has(draft.id)) throw new DisclosureError('TABLE', `table ${table.index + 1} lists a cell twice`);
      ids.add(draft.id);
      give(draft, count, `a cell of table ${table.index + 1}`);
    }
    return ids;
  });

  // Margins: a two-way table summed over a single-valued dimension, then one-way tables to the total.
  for (const size of [2, 1]) {
    for (const dims of [...dimsSets.values()].filter((d) => d.length === size)) {
      const cells = drafts.filter((d) => d.dims.length === size && dimsKeyOf(d.dims) === dimsKeyOf(dims));
      dims.forEach((summed, at) => {
        if (multi.has(summed)) return;
        const parentDims = dims.filter((_, i) => i !== at);
        dimsSets.set(dimsKeyOf(parentDims), parentDims);
        const sums = new Map<string, { key: string[]; sum: number | null }>();
        for (const cell of cells) {
          const key = cell.key.filter((_, i) => i !== at);
          const group = sums.get(JSON.stringify(key)) ?? { key, sum: 0 };
          const value = valueOf(cell);
          group.sum = group.sum === null || value === null ? null : group.sum + value;
          sums.set(JSON.stringify(key), group);
        }
        for (const { key, sum } of sums.values()) cellOf(parentDims, key, 'derived').derived.push(sum);
      });
    }
  }

  const relations = relationsOf(drafts, dimsSets, multi, (dims, key) => cellOf(dims, key, 'implied'));
  const cells: LatticeCell[] = drafts.map((draft) => {
    const value = valueOf(draft);
    if (draft.givenNull && value === 0) {
      throw new DisclosureError('INCONSISTENT', 'a withheld cell (at least 1) sums to zero in another table');
    }
    return { id: draft.id, dims: draft.dims, key: draft.key, value, withheld: draft.givenNull || value === null };
  });
  for (const relation of relations) checkRelation(relation, cells);

  const cellsByDims = new Map<string, number[]>();
  for (const cell of cells) {
    const key = dimsKeyOf(cell.dims);
    const ids = cellsByDims.get(key) ?? [];
    ids.push(cell.id);
    cellsByDims.set(key, ids);
  }
  const byCell = cells.map((): number[] => []);
  relations.forEach((relation, index) => {
    for (const id of [relation.parent, ...relation.children]) byCell[id]?.push(index);
  });

  const tables: LatticeTable[] = asked.map((table, index) => ({
    dimensions: [...table.asked],
    dimsKey: table.dimsKey,
    listed: listed[index] ?? new Set(),
  }));
  for (const [dimsKey, dims] of dimsSets) {
    if (dims.length > 0 && !inputDims.has(dimsKey)) tables.push({ dimensions: dims, dimsKey, listed: new Set() });
  }
  return { cells, relations, relationsOf: byCell, tables, cellsByDims, categoryOrder, totalId: total.id };
}

function valueOf(draft: Draft): number | null {
  if (draft.given !== undefined) return draft.given;
  return draft.derived.find((sum) => sum !== null) ?? null;
}

function relationsOf(drafts: readonly Draft[], dimsSets: ReadonlyMap<string, string[]>, multi: ReadonlySet<string>, parentOf: (dims: string[], key: string[]) => Draft): Relation[] {
  const byDims = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = dimsKeyOf(draft.dims);
    const members = byDims.get(key) ?? [];
    members.push(draft);
    byDims.set(key, members);
  }
  const relations: Relation[] = [];
  for (const dims of dimsSets.values()) {
    const members = byDims.get(dimsKeyOf(dims)) ?? [];
    dims.forEach((summed, at) => {
      const parentDims = dims.filter((_, i) => i !== at);
      // A multi-valued dimension's margin is not the sum of its categories: related only if shown.
      if (!dimsSets.has(dimsKeyOf(parentDims))) return;
      const groups = new Map<number, number[]>();
      for (const parent of byDims.get(dimsKeyOf(parentDims)) ?? []) groups.set(parent.id, []);
      for (const cell of members) {
        const parent = parentOf(parentDims, cell.key.filter((_, i) => i !== at)).id;
        const children = groups.get(parent) ?? [];
        children.push(cell.id);
        groups.set(parent, children);
      }
      for (const [parent, children] of groups) relations.push({ kind: multi.has(summed) ? 'cover' : 'sum', parent, children });
    });
  }
  return relations;
}

function checkRelation(relation: Relation, cells: readonly LatticeCell[]): void {
  const parent = cells[relation.parent];
  if (!parent) return;
  const values = relation.children.map((id) => cells[id]?.value ?? null);
  const margin = parent.value;
  if (margin === null || values.some((value) => value === null)) return;
  const known = values.filter((value): value is number => value !== null);
  const sum = known.reduce((a, b) => a + b, 0);
  const holds = relation.kind === 'sum' ? sum === margin : sum >= margin && known.every((value) => value <= margin);
  if (!holds) {
    const dims = parent.dims.length === 0 ? 'the total' : `the ${parent.dims.join(' x ')} margin`;
    throw new DisclosureError('INCONSISTENT', `the tables disagree on ${dims}`);
  }
}

interface CanonicalTable {
  index: number;
  asked: readonly string[];
  dims: string[];
  dimsKey: string;
  cells: { key: string[]; count: number | null }[];
}

function canonicalTable(table: TableFamily['tables'][number], index: number): CanonicalTable {
  const where = `table ${index + 1}`;
  const asked = table.dimensions;
  if (asked.length > 2) throw new DisclosureError('TABLE', `${where}: at most two dimensions`);
  if (new Set(asked).size !== asked.length) throw new DisclosureError('TABLE', `${where}: a dimension twice`);
  if (asked.some((dim) => typeof dim !== 'string' || dim === '')) throw new DisclosureError('TABLE', `${where}: dimensions are names`);
  const order = asked.map((_, i) => i).sort((a, b) => ((asked[a] ?? '') < (asked[b] ?? '') ? -1 : 1));
  const dims = order.map((i) => asked[i] ?? '');
  const cells = table.cells.map(({ key, count }) => {
    if (key.length !== asked.length || key.some((category) => typeof category !== 'string')) {
      throw new DisclosureError('TABLE', `${where}: each key has one category per dimension`);
    }
    checkCount(count, `a cell of ${where}`);
    return { key: order.map((i) => key[i] ?? ''), count };
  });
  return { index, asked, dims, dimsKey: dimsKeyOf(dims), cells };
}

function checkCount(count: number | null, where: string): void {
  if (count !== null && !(Number.isSafeInteger(count) && count >= 0)) {
    throw new DisclosureError('COUNT', `${where}: counts are whole numbers from 0, or null when withheld`);
  }
}
