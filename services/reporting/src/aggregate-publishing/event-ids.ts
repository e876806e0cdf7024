import { createHash } from 'node:crypto';

/**
 * The same event id for the same announcement, whichever instance builds it: a UUID of version 8
 * (RFC 9562, custom) from a SHA-256 of what is announced (`centre/network/2026-11`). Consumers drop
 * a second copy by its id, so even a duplicate that got past the ledger counts once.
 */
export function deterministicEventId(what: string): string {
  const hex = createHash('sha256').update(what).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
