import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { principalOf } from '../auth/principal';
import type { CentreKeys } from '../centres/centre-keys';
import { ServiceUnavailableError } from '../http/problem';
import { auditEntryFields, ChainVerifier, type AuditAction, type ChainMac, type AuditEntry, type AuditEntryFields, type AuditRecordRef, type ChainVerification } from './audit-trail.domain';
import type { AuditTrailQuery, AuditTrailStore } from './audit-trail.repository';

/** What a route handler says about a read; who, which centre and which request come from the response's locals. */
export interface AuditedRead {
  action: AuditAction;
  record: AuditRecordRef;
  /** Why: `case-work`, `returning-person-search`, `erasure`. */
  purpose: string;
}

export const AUDIT_UNAVAILABLE = 'AUDIT.UNAVAILABLE';

/** Entries read per page when a whole chain is verified. */
const VERIFY_PAGE = 500;

/**
 * A service's audit trail of sensitive reads: each centre's entries form a hash chain, so an entry
 * changed, removed or reordered in the store is found by `verify`.
 */
export class AuditTrail {
  constructor(
    readonly store: AuditTrailStore,
    private readonly clock: () => Date,
    /** Keyed per centre (`auditChainMac(keys)`): the chain cannot be recomputed from the store alone. */
    private readonly mac: ChainMac,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** Appends an entry for the centre; rejects when it could not be stored. */
  record(fields: AuditEntryFields): Promise<AuditEntry> {
    return this.store.append(auditEntryFields(fields), { id: this.newId(), at: this.clock() }, this.mac);
  }

  /**
   * Records that the caller of this request (a centre's staff member) read a record, before the
   * handler answers: `await audit.recordRead(res, { action: 'person.read', record: { type: 'person', id }, purpose: 'case-work' })`.
   * A read whose entry cannot be written fails with 503 instead of being answered unrecorded: an
   * audit trail with holes would show nothing of what it exists to show.
   */
  async recordRead(res: Response, read: AuditedRead): Promise<void> {
    const principal = principalOf(res);
    const fields = auditEntryFields({
      centre: principal.centre,
      actor: { userId: principal.userId, roles: principal.roles },
      action: read.action,
      record: read.record,
      purpose: read.purpose,
      requestId: requestIdOf(res),
    });
    try {
      await this.store.append(fields, { id: this.newId(), at: this.clock() }, this.mac);
    } catch {
      throw auditUnavailable();
    }
  }

  list(centre: string, query: AuditTrailQuery): Promise<AuditEntry[]> {
    return this.store.list(centre, query);
  }

  /** Walks the centre's whole chain, a page at a time, and reports its first broken link. */
  async verify(centre: string): Promise<ChainVerification> {
    const verifier = new ChainVerifier(this.mac);
    let afterSeq = 0;
    for (;;) {
      const page = await this.store.chain(centre, afterSeq, VERIFY_PAGE);
      for (const entry of page) verifier.add(entry);
      const last = page[page.length - 1];
      if (page.length < VERIFY_PAGE || last === undefined) return verifier.result();
      afterSeq = last.seq;
    }
  }
}

/** The chain's MAC in the services: HMAC under a key derived from the centre's data key, apart from the blind indexes by its prefix. */
export function auditChainMac(keys: Pick<CentreKeys, 'blindIndex'>): ChainMac {
  return (centre, text) => keys.blindIndex(centre, `audit-chain:${text}`);
}

export function auditUnavailable(): ServiceUnavailableError {
  return new ServiceUnavailableError(AUDIT_UNAVAILABLE, 'This could not be recorded in the audit trail, so it was not done; try again shortly.', 5);
}

/** The request id the HTTP app gave the request (a bounded format, or one it minted). */
export function requestIdOf(res: Response): string {
  const id = res.locals['requestId'];
  return typeof id === 'string' && id.length > 0 ? id : 'none';
}
