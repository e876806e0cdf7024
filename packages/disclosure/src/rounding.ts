/**
 * A published count rounded to the nearest multiple of `base`, halves up (12.5 -> 15 for base 5),
 * in whole-number arithmetic. Zero stays zero; any other count is at least `base`, so a rounded 0
 * always means a true zero and never hides a person.
 */
export function roundCount(count: number, base: number | null): number {
  if (base === null || base === 1 || count === 0) return count;
  return Math.max(base, Math.floor((2 * count + base) / (2 * base)) * base);
}
