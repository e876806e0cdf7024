import type { SortKey } from '@corredor/service-kit';
import type { SourceBound } from './timeline.domain';

/**
 * Equality on a value, written as a range for instants: the same filter for MongoDB, and one that
 * mingo answers even when the stored Date comes from another realm (jest's VM and the
 * structuredClone of MemoryCollection), where its `{ at: date }` equality never matches.
 */
function equalTo(value: unknown): unknown {
  return value instanceof Date ? { $gte: value, $lte: value } : value;
}

/**
 * The keyset filter for "after this position" in a sort whose last key is the unique id, as
 * service-kit's `afterPosition`, with instants compared as ranges (see `equalTo`).
 */
export function afterKeyset(sort: readonly SortKey[], position: readonly unknown[]): Record<string, unknown> {
  return {
    $or: sort.map(([field, direction], index) => ({
      ...Object.fromEntries(sort.slice(0, index).map(([previous], i) => [previous, equalTo(position[i])])),
      [field]: { [direction === 1 ? '$gt' : '$lt']: position[index] },
    })),
  };
}

/**
 * The MongoDB filter (mingo understands it too) for a source's items older than a bound, where
 * `atField` holds the entry's instant and `keyField` the key its entry id ends with.
 */
export function olderThan(bound: SourceBound | null, atField: string, keyField: string): Record<string, unknown> {
  if (!bound) return {};
  if (bound.ties !== 'below') return { [atField]: { [bound.ties === 'all' ? '$lte' : '$lt']: bound.at } };
  return { $or: [{ [atField]: { $lt: bound.at } }, { [atField]: equalTo(bound.at), [keyField]: { $lt: bound.key } }] };
}
