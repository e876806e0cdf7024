import { DuplicateKeyError } from '@corredor/persistence';
import { chainEntry, sha256ChainMac, type AuditEntry, type AuditEntryFields, type ChainMac } from './audit-trail.domain';

/** Filters of a centre's trail, newest first; `beforeSeq` is where the previous page ended. */
export interface AuditTrailQuery {
  recordId?: string;
  action?: string;
  /** From this instant (inclusive). */
  from?: Date;
  /** Until this instant (exclusive). */
  to?: Date;
  beforeSeq: number | null;
  limit: number;
}

/**
 * Each centre's audit entries, append-only: there is no way to change or remove one through this
 * port. Entries of a centre are numbered 1, 2, 3...; a unique (centre, seq) key makes two appends
 * racing for the same number fail but one, and the loser appends again after the winner.
 */
export interface AuditTrailStore {
  /** Chains the entry after the centre's last one and stores it; resolves to what was stored. */
  append(fields: AuditEntryFields, stamp: { id: string; at: Date }, mac?: ChainMac): Promise<AuditEntry>;
  /** The centre's entries matching the query, newest (highest seq) first, at most `limit`. */
  list(centre: string, query: AuditTrailQuery): Promise<AuditEntry[]>;
  /** The centre's entries after `afterSeq`, oldest first, at most `limit`: the chain, for verification. */
  chain(centre: string, afterSeq: number, limit: number): Promise<AuditEntry[]>;
  isReachable(): Promise<boolean>;
}

/**
 * The MongoDB filter of a list query (evaluated by mingo in memory): one filter, so the adapters
 * cannot disagree. `operator` marks the operators this code writes (MongoDB's adapter passes
 * `trusted`, so filter sanitising leaves them alone).
 */
export function auditListFilter(centre: string, query: AuditTrailQuery, operator: <T extends object>(value: T) => T = (value) => value): Record<string, unknown> {
  const at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
  return {
    centre,
    ...(query.recordId === undefined ? {} : { 'record.id': query.recordId }),
    ...(query.action === undefined ? {} : { action: query.action }),
    ...(Object.keys(at).length > 0 ? { at: operator(at) } : {}),
    ...(query.beforeSeq === null ? {} : { seq: operator({ $lt: query.beforeSeq }) }),
  };
}

/** How often an append tries for the next number before it gives up (each loss means another append won). */
export const APPEND_ATTEMPTS = 10;

/** The one append algorithm both adapters use: read the last entry, insert the next, again on a lost race. */
export async function appendToChain(
  adapter: { last(centre: string): Promise<AuditEntry | null>; insert(entry: AuditEntry): Promise<void> },
  fields: AuditEntryFields,
  stamp: { id: string; at: Date },
  mac: ChainMac = sha256ChainMac,
): Promise<AuditEntry> {
  for (let attempt = 1; ; attempt += 1) {
    const entry = chainEntry(await adapter.last(fields.centre), fields, stamp, mac);
    try {
      await adapter.insert(entry);
      return entry;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError) || attempt >= APPEND_ATTEMPTS) throw error;
    }
  }
}
