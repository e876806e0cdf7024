import type { ApiRoutes } from '@corredor/service-kit';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { caseAt, type CaseLookup, type ReadAudit } from './case-work';
import { isOlderThan, mergeNewest } from './timeline.domain';
import { TIMELINE_KINDS, type TimelineEntry, type TimelineSource } from './timeline-source';

const params = z.object({ id: z.uuid('not a case id') });
const query = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const cursorSchema = z.tuple([z.coerce.date(), z.string().min(1).max(200)]);

export const timelineEntryView = z
  .object({
    id: z.string().meta({ description: 'Unique in the timeline: `<kind>:<id>`' }),
    kind: z.enum(TIMELINE_KINDS),
    at: z.iso.datetime(),
    by: z.string().nullable().meta({ description: 'Staff user id of who did it, when known' }),
    detail: z.record(z.string(), z.unknown()).meta({ description: "The feature's own view of what happened" }),
  })
  .meta({ id: 'TimelineEntry' });

function view(entry: TimelineEntry): z.infer<typeof timelineEntryView> {
  return { id: entry.id, kind: entry.kind, at: entry.at.toISOString(), by: entry.by, detail: entry.detail };
}

export interface TimelineDeps {
  cases: CaseLookup;
  /** Every feature's contribution: status and assignment, services, labour claims, tasks, notes, transfers... */
  sources: readonly TimelineSource[];
  /** Restricted notes on the timeline show their start: each shown is an audited read. */
  audit: ReadAudit;
}

export function timelineRoutes(api: ApiRoutes, deps: TimelineDeps): void {
  api.get(
    '/cases/:id/timeline',
    {
      summary: "The case's history, newest first: status changes, services, labour-justice steps, tasks, the notes the caller may see...",
      tag: 'Timeline',
      params,
      query,
      responses: { 200: { description: 'A page of the timeline', schema: pageSchema(timelineEntryView).meta({ id: 'TimelinePage' }) } },
    },
    async (_req, res) => {
      const viewer = principalOf(res);
      const { id } = valid(res, 'params', params);
      const { limit, cursor } = valid(res, 'query', query);
      await caseAt(deps.cases, viewer.centre, id);
      const before = decodeCursor(cursor, cursorSchema);
      // One more than the page, from every source, tells whether a next page exists.
      const lists = await Promise.all(deps.sources.map((source) => source.entries({ tenant: viewer.centre, caseId: id, before, limit: limit + 1, viewer })));
      const older = before ? lists.map((list) => list.filter((entry) => isOlderThan(entry, before))) : lists;
      const page = toPage(mergeNewest(older, limit + 1), limit, (entry) => [entry.at, entry.id]);
      for (const entry of page.items) {
        const { noteId, visibility } = entry.detail;
        if (entry.kind === 'note' && visibility === 'restricted' && typeof noteId === 'string') {
          await deps.audit.recordRead(res, { action: 'restricted-note.read', record: { type: 'note', id: noteId }, purpose: 'case-work' });
        }
      }
      res.json({ items: page.items.map(view), nextCursor: page.nextCursor });
    },
  );
}

/** The timeline, merged from the sources each feature exports. */
export function timelineFeature(deps: TimelineDeps): { routes(api: ApiRoutes): void } {
  return { routes: (api) => timelineRoutes(api, deps) };
}
