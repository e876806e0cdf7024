import { createHash } from 'node:crypto';
import { centreIdSchema, roleSchema, staffIdSchema, type Role } from '@corredor/contracts';
import { z } from 'zod';

/**
 * What the kit's services record. A service may name its own actions (`interview.read`): any
 * `area.verb` in lower case with dashes.
 */
export const AUDIT_ACTIONS = ['person.read', 'restricted-note.read', 'person.erased', 'record.not-found'] as const;
export type KnownAuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditAction = KnownAuditAction | `${string}.${string}`;

export const AUDIT_ACTION_PATTERN = /^[a-z-]+\.[a-z-]+$/;
/** A short code for why the record was read: `case-work`, `returning-person-search`, `erasure`. */
export const AUDIT_PURPOSE_PATTERN = /^[a-z][a-z-]{0,47}$/;
/** What kind of record: `person`, `case`, `labour-claim`. */
export const AUDIT_RECORD_TYPE_PATTERN = /^[a-z][a-z-]{0,47}$/;
/** A record id as the services make them (uuids, centre slugs); never free text. */
export const AUDIT_RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** Stands for an id that was not one (a name typed where an id goes): the value itself is never kept. */
export const NOT_AN_ID = '[not-an-id]';

/** The previous hash of a centre's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
  userId: string;
  roles: Role[];
}

export interface AuditRecordRef {
  type: string;
  id: string;
}

/** What the caller says about a read: who, where, what, why. Never values, names, query strings or bodies. */
export interface AuditEntryFields {
  centre: string;
  actor: AuditActor;
  action: AuditAction;
  record: AuditRecordRef;
  purpose: string;
  requestId: string;
}

/** One link of a centre's chain: `hash` covers every other field, `prevHash` included. */
export interface AuditEntry extends AuditEntryFields {
  id: string;
  /** 1, 2, 3... per centre, with no gap. */
  seq: number;
  at: Date;
  prevHash: string;
  hash: string;
}

export const auditEntryFieldsSchema = z.strictObject({
  centre: centreIdSchema,
  actor: z.strictObject({ userId: staffIdSchema, roles: z.array(roleSchema).max(10) }),
  action: z.string().regex(AUDIT_ACTION_PATTERN).max(64),
  record: z.strictObject({
    type: z.string().regex(AUDIT_RECORD_TYPE_PATTERN),
    id: z.union([z.literal(NOT_AN_ID), z.string().regex(AUDIT_RECORD_ID_PATTERN)]),
  }),
  purpose: z.string().regex(AUDIT_PURPOSE_PATTERN),
  requestId: z.string().regex(/^[A-Za-z0-9._-]{1,128}$/),
});

/** Checks what a service asks to record; a malformed entry is a programming error, never stored. */
export function auditEntryFields(fields: AuditEntryFields): AuditEntryFields {
  const parsed = auditEntryFieldsSchema.parse(fields);
  return { ...parsed, action: parsed.action as AuditAction };
}

/** JSON with the keys of every object sorted and dates as ISO strings: one text per value, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What makes an entry's hash from its canonical text: in the services, an HMAC under a key derived
 * from the centre's data key (CentreKeys.blindIndex), so someone who can write to the store but
 * does not hold the centre's key cannot rewrite an entry and rehash the chain after it. Plain
 * SHA-256 (`sha256ChainMac`) only where no key exists (pure tests of the chain's shape).
 */
export type ChainMac = (centre: string, text: string) => string;

export const sha256ChainMac: ChainMac = (_centre, text) => createHash('sha256').update(text).digest('hex');

/** The MAC of the entry's canonical form without `hash`; only the entry's own fields count. */
export function auditHash(entry: Omit<AuditEntry, 'hash'>, mac: ChainMac = sha256ChainMac): string {
  const covered = {
    id: entry.id,
    centre: entry.centre,
    seq: entry.seq,
    at: entry.at,
    actor: { userId: entry.actor.userId, roles: entry.actor.roles },
    action: entry.action,
    record: { type: entry.record.type, id: entry.record.id },
    purpose: entry.purpose,
    requestId: entry.requestId,
    prevHash: entry.prevHash,
  };
  return mac(entry.centre, canonicalJson(covered));
}

/** The entry that follows `previous` (the centre's last one, or null for its first). */
export function chainEntry(previous: AuditEntry | null, fields: AuditEntryFields, stamp: { id: string; at: Date }, mac: ChainMac = sha256ChainMac): AuditEntry {
  const unhashed = {
    id: stamp.id,
    ...fields,
    actor: { userId: fields.actor.userId, roles: [...fields.actor.roles] },
    record: { type: fields.record.type, id: fields.record.id },
    seq: (previous?.seq ?? 0) + 1,
    at: stamp.at,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: auditHash(unhashed, mac) };
}

/**
 * - `sequence-gap`: the entry is not the next number (one was deleted, or the order changed);
 * - `broken-link`: its `prevHash` is not the previous entry's hash (the previous was rewritten and rehashed);
 * - `hash-mismatch`: its own fields no longer give its hash (it was changed in place).
 */
export type BrokenLinkReason = 'hash-mismatch' | 'broken-link' | 'sequence-gap';

export interface BrokenLink {
  seq: number;
  id: string;
  reason: BrokenLinkReason;
}

export type ChainVerification = { ok: true; entries: number } | { ok: false; entries: number; firstBrokenLink: BrokenLink };

/**
 * Checks a centre's chain entry by entry, in the order read (by seq), so a long trail can be
 * checked a page at a time. Only the first broken link is kept: everything after it is suspect.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private previousHash = GENESIS_HASH;
  private centre: string | null = null;
  private count = 0;
  private broken: BrokenLink | null = null;

  constructor(private readonly mac: ChainMac = sha256ChainMac) {}

  add(entry: AuditEntry): void {
    this.count += 1;
    if (this.broken) return;
    const reason = this.check(entry);
    if (reason) this.broken = { seq: entry.seq, id: entry.id, reason };
    this.expectedSeq = entry.seq + 1;
    this.previousHash = entry.hash;
    this.centre ??= entry.centre;
  }

  result(): ChainVerification {
    return this.broken ? { ok: false, entries: this.count, firstBrokenLink: this.broken } : { ok: true, entries: this.count };
  }

  private check(entry: AuditEntry): BrokenLinkReason | null {
    if (entry.seq !== this.expectedSeq) return 'sequence-gap';
    if (entry.prevHash !== this.previousHash || (this.centre !== null && entry.centre !== this.centre)) return 'broken-link';
    if (auditHash(entry, this.mac) !== entry.hash) return 'hash-mismatch';
    return null;
  }
}

/** Verifies one centre's entries, in the order given (a store reads them by seq). */
export function verifyChain(entries: Iterable<AuditEntry>, mac: ChainMac = sha256ChainMac): ChainVerification {
  const verifier = new ChainVerifier(mac);
  for (const entry of entries) verifier.add(entry);
  return verifier.result();
}
