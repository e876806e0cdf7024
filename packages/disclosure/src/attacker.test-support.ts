import loadHighs from 'highs';
import type { ProtectedFamily } from './disclosure.types';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

let highs: Promise<Highs> | undefined;
/** HiGHS (compiled to WebAssembly): a different solver from the module's, so one's bug cannot hide in both. */
export const attackerSolver = (): Promise<Highs> => (highs ??= loadHighs());

export interface AttackedCell {
  /** 'total', or the table's dimensions and the cell's key, e.g. 'sex=F|ageBand=18-29'. */
  readonly name: string;
  readonly min: number;
  /** 1,000,000 (or more) when nothing published bounds it. */
  readonly max: number;
}

/**
 * An upper bound on every suppressed count, far above any real one: HiGHS's MIP solver can report an
 * unbounded programme as optimal (seen with 1.15: max x s.t. x >= 1 "Optimal 1" without presolve).
 * Bounding only narrows what the attacker may assume, so it makes the check stricter, not looser.
 */
const FAR = 1_000_000;

interface Cell {
  readonly column: string;
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
  readonly suppressed: boolean;
}

/**
 * What a reader of the release can work out about each suppressed cell, from the release alone:
 * published counts (intervals when rounded: a rounded r > 0 came from a count of at least k that
 * rounds to r), zeros for cells not listed, and the relations the tables' dimensions imply (a
 * dimension's categories sum to the margin, or for a multi-valued one each is at most the margin and
 * together at least it), with each suppressed count at least 1. Written independently of the
 * module's own model, and solved by another solver: min and max of every suppressed cell, over the
 * reals (`integer: false`, the linear programme) or over whole numbers.
 */
export async function attack(release: ProtectedFamily, multiValued: readonly string[], options: { integer: boolean }): Promise<AttackedCell[]> {
  const solver = await attackerSolver();
  const multi = new Set(multiValued);
  const { k, roundTo } = release.rule;
  const cells = new Map<string, Cell>();
  const known = (value: number | null): Pick<Cell, 'lower' | 'upper' | 'suppressed'> => {
    if (value === null) return { lower: 1, upper: FAR, suppressed: true };
    if (roundTo === null || roundTo === 1 || value === 0) return { lower: value, upper: value, suppressed: false };
    const lowest = Math.max(k, value === roundTo ? 1 : Math.ceil(value - roundTo / 2));
    return { lower: lowest, upper: Math.ceil(value + roundTo / 2) - 1, suppressed: false };
  };
  const identity = (dims: readonly string[], key: readonly string[]): string =>
    dims
      .map((dim, at) => `${dim}=${key[at] ?? ''}`)
      .sort()
      .join('|');
  const add = (id: string, value: number | null): void => {
    const existing = cells.get(id);
    const cell = { column: `x${cells.size}`, name: id === '' ? 'total' : id, ...known(value) };
    if (existing && (existing.lower !== cell.lower || existing.upper !== cell.upper)) {
      throw new Error(`the release shows ${cell.name} twice with different values`);
    }
    if (!existing) cells.set(id, cell);
  };
  add('', release.total);
  for (const table of release.tables) for (const cell of table.cells) add(identity(table.dimensions, cell.key), cell.value);

  const rows: string[] = [];
  const dimsSets = new Set(release.tables.map((table) => [...table.dimensions].sort().join('|')));
  for (const table of release.tables) {
    table.dimensions.forEach((summed, at) => {
      const parentDims = table.dimensions.filter((_, i) => i !== at);
      if (parentDims.length > 0 && !dimsSets.has([...parentDims].sort().join('|'))) {
        if (!multi.has(summed)) throw new Error(`the release leaves out the ${parentDims.join(' x ')} margin, which summing gives`);
        return;
      }
      const groups = new Map<string, string[]>();
      for (const cell of table.cells) {
        const parentKey = cell.key.filter((_, i) => i !== at);
        const parent = identity(parentDims, parentKey);
        groups.set(parent, [...(groups.get(parent) ?? []), identity(table.dimensions, cell.key)]);
      }
      for (const other of release.tables.filter((t) => [...t.dimensions].sort().join('|') === [...parentDims].sort().join('|'))) {
        for (const cell of other.cells) {
          const parent = identity(other.dimensions, cell.key);
          if (!groups.has(parent)) groups.set(parent, []);
        }
      }
      for (const [parent, children] of groups) {
        // A margin or a child not listed is a zero: it drops out.
        const columnOf = (id: string): string[] => {
          const column = cells.get(id)?.column;
          return column ? [column] : [];
        };
        const parentColumn = columnOf(parent);
        const childColumns = children.flatMap(columnOf);
        const row = (plus: readonly string[], minus: readonly string[], op: string): void => {
          const text = [...plus.map((c, i) => (i === 0 ? c : `+ ${c}`)), ...minus.map((c) => `- ${c}`)].join(' ');
          if (text !== '') rows.push(`${text} ${op} 0`);
        };
        if (multi.has(summed)) {
          row(childColumns, parentColumn, '>=');
          for (const child of childColumns) row([child], parentColumn, '<=');
        } else {
          row(childColumns, parentColumn, '=');
        }
      }
    });
  }

  const bounds = [...cells.values()].map(({ column, lower, upper }) => (lower === upper ? `${column} = ${lower}` : `${lower} <= ${column} <= ${upper}`));
  const columns = [...cells.values()].map((cell) => cell.column);
  const results: AttackedCell[] = [];
  for (const cell of [...cells.values()].filter((c) => c.suppressed)) {
    const optimum = (sense: 'Maximize' | 'Minimize'): number => {
      const text = [
        sense,
        ` obj: ${cell.column}`,
        'Subject To',
        ...(rows.length > 0 ? rows.map((row, i) => ` r${i}: ${row}`) : [` r0: ${cell.column} >= 0`]),
        'Bounds',
        ...bounds.map((bound) => ` ${bound}`),
        ...(options.integer ? ['General', ` ${columns.join(' ')}`] : []),
        'End',
      ].join('\n');
      // Presolve off: HiGHS's presolve can call an unbounded programme infeasible (ERGO-Code/HiGHS#1530
      // and kin); the simplex alone tells the two apart, and these programmes are small.
      const result = solver.solve(text, { output_flag: false, presolve: 'off' });
      if (result.Status === 'Optimal') return result.ObjectiveValue;
      // Bounded, and the true counts satisfy what was published: anything else is a defect.
      throw new Error(`the attacker's programme for ${cell.name} ended ${result.Status}`);
    };
    results.push({ name: cell.name, min: optimum('Minimize'), max: optimum('Maximize') });
  }
  return results;
}
