import { trusted } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { SourceBound } from './timeline.domain';

/**
 * The MongoDB filter (mingo understands it too) for a source's items older than a bound, where
 * `atField` holds the entry's instant and `keyField` the key its entry id ends with.
 */
export function olderThan(bound: SourceBound | null, atField: string, keyField: string): Record<string, unknown> {
  if (!bound) return {};
  if (bound.ties !== 'below') return { [atField]: trusted({ [bound.ties === 'all' ? '$lte' : '$lt']: bound.at }) };
  // Newest first, ties by key: what sorts after (at, key).
  return afterPosition(
    [
      [atField, -1],
      [keyField, -1],
    ],
    [bound.at, bound.key],
  );
}
