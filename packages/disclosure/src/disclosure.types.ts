/** Counts of one indicator (all its tables count the same units), linked through their margins. */
export interface CountTable {
  /** [] (just the total), [a] (one-way) or [a, b] (two-way). */
  dimensions: readonly string[];
  /**
   * Keys aligned with `dimensions`. Cells not listed are true zeros (published as zeros). A null count
   * is a value already withheld upstream (unknown, known to be at least 1): it stays suppressed.
   */
  cells: ReadonlyArray<{ key: readonly string[]; count: number | null }>;
}

export interface TableFamily {
  /** How many units in all; null when withheld upstream. */
  total: number | null;
  tables: readonly CountTable[];
  /**
   * Dimensions where one unit can fall in several categories (a person speaking two languages): their
   * categories do not add up to the margin; each is at most the margin and together at least it.
   */
  multiValued: readonly string[];
}

export interface DisclosureRule {
  /** Counts from 1 to k-1 are suppressed; at least 3. */
  k: number;
  /** Published counts rounded to this base (5, 10...), or not rounded. */
  roundTo: number | null;
}

export interface ProtectedCell {
  key: string[];
  /** Null when suppressed. */
  value: number | null;
  /**
   * Why, for the producer's own view: 'primary' (below k, or withheld upstream) or 'secondary'
   * (complementary). Not for release: see forRelease().
   */
  suppressed?: 'primary' | 'secondary';
}

export interface ProtectedTable {
  dimensions: string[];
  /** Cells not listed are zeros. */
  cells: ProtectedCell[];
}

export interface ProtectedFamily {
  total: number | null;
  tables: ProtectedTable[];
  rule: DisclosureRule;
}

export type DisclosureErrorCode = 'RULE' | 'TABLE' | 'COUNT' | 'INCONSISTENT' | 'AUDIT';

/** Bad input (codes RULE, TABLE, COUNT, INCONSISTENT), or a release the audit could not certify (AUDIT). */
export class DisclosureError extends Error {
  override readonly name = 'DisclosureError';
  constructor(
    readonly code: DisclosureErrorCode,
    message: string,
  ) {
    super(message);
  }
}
