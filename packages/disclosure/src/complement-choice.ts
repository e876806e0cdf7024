import type { TableLattice } from './table-lattice';

/**
 * The complementary suppression to prefer among candidates: a published, non-zero cell (zeros are
 * always published), inner cells before margins and the total last (a suppressed margin spreads into
 * every table that shares it), then the smallest count (the least information lost), then the first.
 */
export function cheapest(lattice: TableLattice, suppressed: Uint8Array, candidates: Iterable<number>): number | undefined {
  let best: { cell: number; rank: readonly number[] } | undefined;
  for (const cell of candidates) {
    const { value, dims } = lattice.cells[cell] ?? { value: null, dims: [] };
    if (suppressed[cell] === 1 || value === null || value === 0) continue;
    const rank = [dims.length === 0 ? 1 : 0, -dims.length, value, cell];
    if (!best || compare(rank, best.rank) < 0) best = { cell, rank };
  }
  return best?.cell;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The cells that share a relation with `cell`. */
export function neighbours(lattice: TableLattice, cell: number): number[] {
  return (lattice.relationsOf[cell] ?? []).flatMap((id) => {
    const relation = lattice.relations[id];
    return relation ? [relation.parent, ...relation.children] : [];
  });
}

/**
 * The preferred complement nearest to `cell` through the relations: in its own relations if any is
 * left there, else one step further out, and so on.
 */
export function nearestComplement(lattice: TableLattice, suppressed: Uint8Array, cell: number): number | undefined {
  const reached = new Set([cell]);
  let layer = [cell];
  while (layer.length > 0) {
    const next = [...new Set(layer.flatMap((at) => neighbours(lattice, at)))].filter((at) => !reached.has(at));
    for (const at of next) reached.add(at);
    const pick = cheapest(lattice, suppressed, next);
    if (pick !== undefined) return pick;
    layer = next;
  }
  return undefined;
}

/**
 * The classic row-and-column pass, before the exact audit (which would find the same cells, slower):
 * a sum with one suppressed cell gives it away, and so does one whose suppressed cells must each be
 * exactly 1 (a published total minus published parts equal to how many parts are suppressed). Each
 * such sum gets its cheapest complement, until none is left. Returns the cells it suppressed.
 */
export function rowAndColumnPass(lattice: TableLattice, suppressed: Uint8Array): number[] {
  const added: number[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of lattice.relations) {
      if (relation.kind !== 'sum') continue;
      const members = [relation.parent, ...relation.children];
      const hidden = members.filter((cell) => suppressed[cell] === 1);
      if (hidden.length === 0) continue;
      let givesAway = hidden.length === 1;
      if (!givesAway && suppressed[relation.parent] !== 1) {
        const shown = relation.children.filter((cell) => suppressed[cell] !== 1);
        const residual = shown.reduce((sum, cell) => sum - (lattice.cells[cell]?.value ?? 0), lattice.cells[relation.parent]?.value ?? 0);
        givesAway = residual === hidden.length;
      }
      if (!givesAway) continue;
      const pick = cheapest(lattice, suppressed, members);
      if (pick === undefined) continue;
      suppressed[pick] = 1;
      added.push(pick);
      changed = true;
    }
  }
  return added;
}
