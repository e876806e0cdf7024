import solver from 'javascript-lp-solver';
import type { TableLattice } from './table-lattice';

/**
 * The attacker's knowledge as linear rows over the suppressed cells: every published value, the
 * relations the tables' dimensions imply, and that a suppressed cell is at least 1 (zeros are
 * published). Written over x (the cell's count); the solver sees y = x - 1 >= 0.
 */
interface Row {
  readonly terms: ReadonlyMap<number, number>;
  readonly op: 'eq' | 'le' | 'ge';
  readonly rhs: number;
}

/**
 * Per cell, the lowest and highest count seen in verified whole-number solutions of the attacker's
 * system. A cell whose two differ by at least 1 can be two different counts: undetermined. A
 * solution stays a solution when more cells are suppressed (a newly suppressed cell keeps its
 * published value), so what was seen is kept from one round to the next.
 */
export class WitnessRange {
  readonly low: Float64Array;
  readonly high: Float64Array;
  constructor(cells: number) {
    this.low = new Float64Array(cells).fill(Infinity);
    this.high = new Float64Array(cells).fill(-Infinity);
  }
  separated(cell: number): boolean {
    return (this.high[cell] ?? -Infinity) - (this.low[cell] ?? Infinity) >= 1;
  }
  record(point: ReadonlyMap<number, number>): void {
    for (const [cell, value] of point) {
      if (value < (this.low[cell] ?? Infinity)) this.low[cell] = value;
      if (value > (this.high[cell] ?? -Infinity)) this.high[cell] = value;
    }
  }
}

/**
 * The suppressed cells that what is published pins to one value. A cell counts as undetermined only
 * on evidence: two whole-number solutions of the attacker's system, each checked here in exact
 * arithmetic, that give it different counts. The solver only proposes solutions, so a solver error
 * can cost further suppression, never an exposed cell. With `only`, just that cell is audited.
 */
export function determinedCells(lattice: TableLattice, suppressed: Uint8Array, seen: WitnessRange, only?: number): number[] {
  const determined: number[] = [];
  for (const component of components(lattice, suppressed)) {
    if (only !== undefined && !component.includes(only)) continue;
    const open = (): number[] => component.filter((cell) => !seen.separated(cell) && (only === undefined || cell === only));
    if (open().length === 0) continue;
    const rows = rowsOf(lattice, suppressed, component);
    const offer = (point: Map<number, number> | null): void => {
      if (!point || !satisfies(rows, point)) return;
      seen.record(point);
      // A system with no published count but zeros is homogeneous: the doubled solution solves it too.
      const doubled = new Map([...point].map(([cell, value]) => [cell, value * 2]));
      if (satisfies(rows, doubled)) seen.record(doubled);
    };
    const truth = new Map<number, number>();
    for (const cell of component) {
      const value = lattice.cells[cell]?.value;
      if (value !== undefined && value !== null) truth.set(cell, value);
    }
    if (truth.size === component.length) offer(truth);
    else offer(solve(rows, component, new Map(), new Map()));

    // Random directions first: each solution moves many cells at once, where one per cell would take
    // up to two programmes per cell. Seeded, so the same input always gives the same release.
    const random = seededRandom(component.length);
    for (let tries = 0, stale = 0; tries < 24 && stale < 2 && open().length > 2; tries += 1) {
      const before = open().length;
      const weights = new Map(open().map((cell) => [cell, random() < 0.5 ? 1 : -1]));
      offer(solve(rows, component, weights, capsAbove(seen, weights)));
      stale = open().length < before ? 0 : stale + 1;
    }
    // Then each cell left: as high as it goes (capped just above what was seen: enough to prove a
    // second value, and never unbounded), then as low, unless already seen at 1, the floor.
    for (const cell of open()) {
      const up = new Map([[cell, 1]]);
      if (!seen.separated(cell)) offer(solve(rows, component, up, capsAbove(seen, up)));
      if (!seen.separated(cell) && (seen.low[cell] ?? Infinity) > 1) offer(solve(rows, component, new Map([[cell, -1]]), new Map()));
      if (!seen.separated(cell)) determined.push(cell);
    }
  }
  return determined;
}

/** An upper bound, one above the highest count seen, on each cell the objective pushes up. */
function capsAbove(seen: WitnessRange, weights: ReadonlyMap<number, number>): Map<number, number> {
  const caps = new Map<number, number>();
  for (const [cell, weight] of weights) if (weight > 0) caps.set(cell, Math.max(1, seen.high[cell] ?? 0) + 1);
  return caps;
}

/** mulberry32: small, fast, and the same sequence for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Suppressed cells linked through relations: each group is audited on its own (a smaller program). */
function components(lattice: TableLattice, suppressed: Uint8Array): number[][] {
  const parent = lattice.cells.map((cell) => cell.id);
  const find = (cell: number): number => {
    let root = cell;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (const relation of lattice.relations) {
    const members = [relation.parent, ...relation.children].filter((cell) => suppressed[cell] === 1);
    const first = members[0];
    if (first === undefined) continue;
    for (const other of members.slice(1)) parent[find(other)] = find(first);
  }
  const groups = new Map<number, number[]>();
  lattice.cells.forEach((cell) => {
    if (suppressed[cell.id] !== 1) return;
    const root = find(cell.id);
    groups.set(root, [...(groups.get(root) ?? []), cell.id]);
  });
  return [...groups.values()];
}

function rowsOf(lattice: TableLattice, suppressed: Uint8Array, component: readonly number[]): Row[] {
  const relationIds = new Set(component.flatMap((cell) => lattice.relationsOf[cell] ?? []));
  const published = (cell: number): number => lattice.cells[cell]?.value ?? 0;
  const rows: Row[] = [];
  // Σ coefficient·x over the cells, published ones moved to the right-hand side.
  const row = (cells: ReadonlyArray<readonly [number, number]>, op: Row['op']): void => {
    const terms = new Map<number, number>();
    let rhs = 0;
    for (const [cell, coefficient] of cells) {
      if (suppressed[cell] === 1) terms.set(cell, (terms.get(cell) ?? 0) + coefficient);
      else rhs -= coefficient * published(cell);
    }
    if (terms.size > 0) rows.push({ terms, op, rhs });
  };
  for (const id of relationIds) {
    const relation = lattice.relations[id];
    if (!relation) continue;
    const all: [number, number][] = [[relation.parent, -1], ...relation.children.map((cell): [number, number] => [cell, 1])];
    if (relation.kind === 'sum') {
      row(all, 'eq');
    } else {
      row(all, 'ge');
      for (const child of relation.children) row([[child, 1], [relation.parent, -1]], 'le');
    }
  }
  return rows;
}

function satisfies(rows: readonly Row[], point: ReadonlyMap<number, number>): boolean {
  for (const value of point.values()) if (!Number.isSafeInteger(value) || value < 1) return false;
  return rows.every(({ terms, op, rhs }) => {
    let left = 0;
    for (const [cell, coefficient] of terms) {
      const value = point.get(cell);
      if (value === undefined) return false;
      left += coefficient * value;
    }
    return op === 'eq' ? left === rhs : op === 'le' ? left <= rhs : left >= rhs;
  });
}

const name = (cell: number): string => `y${cell}`;

/**
 * A whole-number solution maximising Σ weight·count, each capped cell at most its cap, or null when
 * the solver found none.
 */
function solve(rows: readonly Row[], component: readonly number[], weights: ReadonlyMap<number, number>, caps: ReadonlyMap<number, number>): Map<number, number> | null {
  const constraints: Record<string, { equal?: number; max?: number; min?: number }> = {};
  const variables: Record<string, Record<string, number>> = Object.fromEntries(component.map((cell) => [name(cell), {}]));
  rows.forEach(({ terms, op, rhs }, index) => {
    let shifted = rhs;
    for (const [cell, coefficient] of terms) {
      shifted -= coefficient;
      const coefficients = variables[name(cell)];
      if (coefficients) coefficients[`r${index}`] = coefficient;
    }
    constraints[`r${index}`] = op === 'eq' ? { equal: shifted } : op === 'le' ? { max: shifted } : { min: shifted };
  });
  for (const [cell, weight] of weights) {
    const coefficients = variables[name(cell)];
    if (coefficients) coefficients['objective'] = weight;
  }
  for (const [cell, cap] of caps) {
    const coefficients = variables[name(cell)];
    if (coefficients) coefficients[`cap${cell}`] = 1;
    constraints[`cap${cell}`] = { max: cap - 1 };
  }
  const result = solver.Solve({
    optimize: 'objective',
    opType: 'max',
    constraints,
    variables,
    ints: Object.fromEntries(component.map((cell) => [name(cell), 1])),
  }) as { feasible?: boolean; bounded?: boolean } & Record<string, unknown>;
  if (result.feasible !== true || result.bounded === false) return null;
  const point = new Map<number, number>();
  for (const cell of component) {
    const value = result[name(cell)];
    const y = typeof value === 'number' ? value : 0;
    const whole = Math.round(y);
    if (Math.abs(y - whole) > 1e-6) return null;
    point.set(cell, whole + 1);
  }
  return point;
}
