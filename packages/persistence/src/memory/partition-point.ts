/**
 * Binary search over a sorted range: the first index in [from, to) for which `before` is false,
 * given that it is true for every index ahead of that one and false from there on (`to` if none).
 */
export function partitionPoint(from: number, to: number, before: (index: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
