import { z } from 'zod';
import type { ApiRoutes } from '../api/api-routes';
import { decodeCursor, pageQuery, pageSchema, toPage } from '../api/pagination';
import { principalOf } from '../auth/principal';
import { valid } from '../http/validate';
import { AUDIT_ACTION_PATTERN, AUDIT_RECORD_ID_PATTERN, NOT_AN_ID, type AuditEntry } from './audit-trail.domain';
import type { AuditTrail } from './audit-trail';

const dateTime = z.iso.datetime({ offset: true, message: 'must be a date and time with its offset, such as "2026-11-24T10:00:00-08:00"' });

const listQuery = pageQuery({ defaultLimit: 50, maxLimit: 200 }).extend({
  recordId: z
    .union([z.literal(NOT_AN_ID), z.string().regex(AUDIT_RECORD_ID_PATTERN, 'is not a record id')])
    .optional()
    .meta({ description: 'Only entries about this record' }),
  action: z.string().regex(AUDIT_ACTION_PATTERN, 'is not an action such as person.read').max(64).optional(),
  from: dateTime.optional().meta({ description: 'Entries at or after this instant' }),
  to: dateTime.optional().meta({ description: 'Entries before this instant' }),
});
const listCursor = z.tuple([z.number().int().min(1)]);

const entrySchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int().min(1).meta({ description: "The entry's number in the centre's chain: 1, 2, 3..." }),
    at: z.iso.datetime(),
    actor: z.object({ userId: z.string(), roles: z.array(z.string()) }),
    action: z.string().meta({ description: 'person.read, restricted-note.read, person.erased, record.not-found, or a service\'s own' }),
    record: z.object({
      type: z.string(),
      id: z.string().meta({ description: `${NOT_AN_ID} when what was asked for was not an id` }),
    }),
    purpose: z.string(),
    requestId: z.string(),
    prevHash: z.string().meta({ description: "The previous entry's hash (64 zeros for the first)" }),
    hash: z.string().meta({ description: 'SHA-256 of the canonical JSON of the entry without its hash' }),
  })
  .meta({ id: 'AuditEntry' });

const verificationSchema = z
  .object({
    verified: z.boolean(),
    entries: z.number().int().min(0),
    firstBrokenLink: z
      .object({ seq: z.number().int(), id: z.string(), reason: z.enum(['hash-mismatch', 'broken-link', 'sequence-gap']) })
      .nullable(),
  })
  .meta({ id: 'AuditTrailVerification' });

const view = (entry: AuditEntry): z.infer<typeof entrySchema> => ({
  id: entry.id,
  seq: entry.seq,
  at: entry.at.toISOString(),
  actor: { userId: entry.actor.userId, roles: [...entry.actor.roles] },
  action: entry.action,
  record: { type: entry.record.type, id: entry.record.id },
  purpose: entry.purpose,
  requestId: entry.requestId,
  prevHash: entry.prevHash,
  hash: entry.hash,
});

export const AUDIT_TRAIL_ROUTES = ['GET /audit-trail', 'GET /audit-trail/verification'] as const;

/**
 * Whether the section of the access matrix these routes were built on says who may read the audit
 * trail. Every service's section does (a unit test checks it); an app a test builds on a section of
 * its own may leave the rows out, and then has no audit trail routes.
 */
export function hasAuditTrailRows(api: ApiRoutes): boolean {
  const unrouted: readonly string[] = api.unroutedRows;
  return AUDIT_TRAIL_ROUTES.every((key) => unrouted.includes(key));
}

/** The centre's audit trail, on every service (the kit registers these): who read which record, and whether the chain is intact. */
export function auditTrailRoutes(api: ApiRoutes, audit: AuditTrail): void {
  api.get(
    '/audit-trail',
    {
      summary: "The centre's audit trail of sensitive reads in this service, newest first",
      description:
        'Who read which record, when and why (never what the record holds), and every not-found answer to an id on a route of this service. ' +
        "Only the caller's centre's entries.",
      tag: 'Audit trail',
      query: listQuery,
      responses: { 200: { description: 'A page of entries', schema: pageSchema(entrySchema).meta({ id: 'AuditEntryPage' }) } },
    },
    async (_req, res) => {
      const { centre } = principalOf(res);
      const { limit, cursor, recordId, action, from, to } = valid(res, 'query', listQuery);
      const position = decodeCursor(cursor, listCursor);
      const entries = await audit.list(centre, {
        ...(recordId === undefined ? {} : { recordId }),
        ...(action === undefined ? {} : { action }),
        ...(from === undefined ? {} : { from: new Date(from) }),
        ...(to === undefined ? {} : { to: new Date(to) }),
        beforeSeq: position ? position[0] : null,
        limit: limit + 1,
      });
      const page = toPage(entries, limit, (entry) => [entry.seq]);
      res.json({ items: page.items.map(view), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/audit-trail/verification',
    {
      summary: "Checks the centre's audit trail in this service, entry by entry",
      description:
        'Each entry holds the hash of the one before it: an entry changed, removed or put out of order since it was written shows as the first broken link ' +
        '(sequence-gap: a number is missing or out of order; broken-link: the entry does not follow the previous one; hash-mismatch: the entry was changed).',
      tag: 'Audit trail',
      responses: { 200: { description: 'The verification', schema: verificationSchema } },
    },
    async (_req, res) => {
      const result = await audit.verify(principalOf(res).centre);
      res.json({ verified: result.ok, entries: result.entries, firstBrokenLink: result.ok ? null : result.firstBrokenLink });
    },
  );
}
