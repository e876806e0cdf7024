import { createHmac } from 'node:crypto';
import type { DataKey } from './data-key';

/**
 * A keyed blind index: equal inputs give equal outputs under one centre's key, so equality lookups
 * (a document number, a folded name) work on the index, while the store never holds the input and
 * nobody without the key can test guesses against it (a plain hash of a CURP could be brute-forced).
 */
export function blindIndex(key: DataKey, value: string): string {
  return createHmac('sha256', key.indexKey).update(value, 'utf8').digest('base64url');
}
