import { determinedCells, WitnessRange } from './attacker-audit';
import { nearestComplement, rowAndColumnPass } from './complement-choice';
import { DisclosureError, type DisclosureRule, type ProtectedCell, type ProtectedFamily, type TableFamily } from './disclosure.types';
import { roundCount } from './rounding';
import { buildLattice, type TableLattice } from './table-lattice';

type Reason = 'primary' | 'secondary';

/**
 * Small-cell suppression of one release: the family's tables, their margins and the total.
 * Primary: every count from 1 to k-1 (and every count withheld upstream). Secondary: further cells,
 * never zeros, until the exact audit finds no suppressed count that the published figures pin down.
 * Then, optionally, published counts are rounded (which only widens what a reader can infer).
 */
export function protectFamily(family: TableFamily, rule: DisclosureRule): ProtectedFamily {
  checkRule(rule);
  const lattice = buildLattice(family);
  const suppressed = new Uint8Array(lattice.cells.length);
  const reasons = new Map<number, Reason>();
  for (const cell of lattice.cells) {
    if (cell.withheld || (cell.value !== null && cell.value >= 1 && cell.value < rule.k)) {
      suppressed[cell.id] = 1;
      reasons.set(cell.id, 'primary');
    }
  }

  const seen = new WitnessRange(lattice.cells.length);
  for (;;) {
    for (const cell of rowAndColumnPass(lattice, suppressed)) reasons.set(cell, 'secondary');
    const determined = determinedCells(lattice, suppressed, seen);
    if (determined.length === 0) break;
    // A complement for each determined cell, unless one added for another cell already freed it.
    let added = 0;
    for (const cell of determined) {
      if (added > 0 && determinedCells(lattice, suppressed, seen, cell).length === 0) continue;
      const pick = nearestComplement(lattice, suppressed, cell);
      if (pick === undefined) continue;
      suppressed[pick] = 1;
      reasons.set(pick, 'secondary');
      added += 1;
    }
    // Unreachable: with every non-zero cell around a determined one suppressed, doubling every count
    // there is a second solution, so nothing there is determined.
    if (added === 0) throw new DisclosureError('AUDIT', 'a suppressed count stays determined with nothing left to suppress');
  }
  return released(lattice, reasons, rule);
}

/**
 * The family as it may leave the producer: the same counts, without saying why a cell is
 * suppressed. Primary means 1 to k-1, so publishing the reasons narrows what a suppressed cell can
 * be (k = 3, two cells of 1 and a total of 2, all primary: the reasons alone say each is 1).
 */
export function forRelease(family: ProtectedFamily): ProtectedFamily {
  return {
    total: family.total,
    rule: { ...family.rule },
    tables: family.tables.map((table) => ({
      dimensions: [...table.dimensions],
      cells: table.cells.map(({ key, value }) => ({ key: [...key], value })),
    })),
  };
}

function checkRule(rule: DisclosureRule): void {
  if (!Number.isSafeInteger(rule.k) || rule.k < 3) throw new DisclosureError('RULE', 'k is a whole number, at least 3');
  if (rule.roundTo !== null && !(Number.isSafeInteger(rule.roundTo) && rule.roundTo >= 1)) {
    throw new DisclosureError('RULE', 'the rounding base is a whole number, at least 1, or none');
  }
}

function released(lattice: TableLattice, reasons: ReadonlyMap<number, Reason>, rule: DisclosureRule): ProtectedFamily {
  const publish = (cell: number): Pick<ProtectedCell, 'value' | 'suppressed'> => {
    const reason = reasons.get(cell);
    if (reason) return { value: null, suppressed: reason };
    return { value: roundCount(lattice.cells[cell]?.value ?? 0, rule.roundTo) };
  };
  const tables = lattice.tables.map((table) => {
    const ids = (lattice.cellsByDims.get(table.dimsKey) ?? []).filter((id) => table.listed.has(id) || lattice.cells[id]?.value !== 0);
    const rows = ids.map((id) => {
      const cell = lattice.cells[id];
      const key = table.dimensions.map((dim) => cell?.key[cell.dims.indexOf(dim)] ?? '');
      const order = table.dimensions.map((dim, at) => lattice.categoryOrder.get(dim)?.get(key[at] ?? '') ?? 0);
      return { order, cell: { key, ...publish(id) } };
    });
    rows.sort((a, b) => (a.order[0] ?? 0) - (b.order[0] ?? 0) || (a.order[1] ?? 0) - (b.order[1] ?? 0));
    return { dimensions: [...table.dimensions], cells: rows.map((row) => row.cell) };
  });
  return { total: publish(lattice.totalId).value, tables, rule: { k: rule.k, roundTo: rule.roundTo } };
}
