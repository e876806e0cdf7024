import { MemoryCollection } from '@corredor/persistence';
import type { AuditEntry, AuditEntryFields, ChainMac } from './audit-trail.domain';
import { appendToChain, auditListFilter, type AuditTrailQuery, type AuditTrailStore } from './audit-trail.repository';

/** The audit trail in memory (npm start, tests). */
export class MemoryAuditTrailStore implements AuditTrailStore {
  /** Exposed so tests can tamper with stored entries as someone with access to the database would. */
  readonly collection = new MemoryCollection<AuditEntry>('audit_trail', [{ name: 'centre_seq', fields: ['centre', 'seq'] }], [['centre']]);

  append(fields: AuditEntryFields, stamp: { id: string; at: Date }, mac?: ChainMac): Promise<AuditEntry> {
    return appendToChain(
      {
        last: async (centre) => this.collection.find({ centre }, { sort: { seq: -1 }, limit: 1 })[0] ?? null,
        insert: async (entry) => this.collection.insert(entry),
      },
      fields,
      stamp,
      mac,
    );
  }

  async list(centre: string, query: AuditTrailQuery): Promise<AuditEntry[]> {
    return this.collection.find(auditListFilter(centre, query), { sort: { seq: -1 }, limit: query.limit });
  }

  async chain(centre: string, afterSeq: number, limit: number): Promise<AuditEntry[]> {
    return this.collection.find({ centre, seq: { $gt: afterSeq } }, { sort: { seq: 1 }, limit });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
