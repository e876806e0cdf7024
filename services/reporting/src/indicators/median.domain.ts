/**
 * The median of `total` values given as how many times each occurs (days to a first service are a
 * few hundred whole numbers over many cases: counted as they come, nothing large to sort at once).
 * With an even count, the mean of the two middle values.
 */
export function medianOfCounts(counts: ReadonlyMap<number, number>, total: number): number | null {
  // The values at the middle ranks (0-based): the same one when the count is odd.
  const [lowRank, highRank] = [Math.floor((total - 1) / 2), Math.floor(total / 2)];
  let below = 0;
  let low: number | null = null;
  for (const value of [...counts.keys()].sort((a, b) => a - b)) {
    below += counts.get(value) ?? 0;
    if (low === null && below > lowRank) low = value;
    if (below > highRank) return ((low ?? value) + value) / 2;
  }
  return null;
}

/** The middle value (the mean of the two middle ones of an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return medianOfCounts(counts, values.length);
}
