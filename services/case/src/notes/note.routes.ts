import { DomainError } from '@corredor/contracts';
import type { ApiRoutes } from '@corredor/service-kit';
import type { Response } from 'express';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { caseAt } from '../timeline/case-work';
import { textSchema } from '../timeline/text.schemas';
import { NOTE_VISIBILITIES, type CaseNote } from './note.domain';
import { caseNoteDetailView, caseNoteView, caseNoteViewOf } from './note.view';
import { viewerOf, writeNoteUseCase, type CaseNoteDeps } from './write-note.use-case';

const caseParams = z.object({ id: z.uuid('not a case id') });
const noteParams = caseParams.extend({ noteId: z.uuid('not a note id') });
const listQuery = pageQuery({ defaultLimit: 25, maxLimit: 100 });
const cursorSchema = z.tuple([z.coerce.date(), z.uuid()]);
/** A note lists at most this many of the notes correcting it. */
const MAX_CORRECTIONS = 50;

const writeBody = z
  .strictObject({
    body: textSchema(10_000),
    visibility: z.enum(NOTE_VISIBILITIES).meta({ description: 'centre: everyone at the centre; restricted: the author and coordinators' }),
    corrects: z.uuid('not a note id').optional().meta({ description: 'The note this one corrects (notes never change)' }),
  })
  .meta({ id: 'WriteCaseNote' });

const TAG = 'Notes';

/** One audit entry per restricted note an answer shows, before the answer (the author's own included: the trail shows every look). */
export async function auditRestrictedReads(audit: CaseNoteDeps['audit'], res: Response, notes: ReadonlyArray<Pick<CaseNote, 'id' | 'visibility'>>): Promise<void> {
  for (const note of notes) {
    if (note.visibility === 'restricted') await audit.recordRead(res, { action: 'restricted-note.read', record: { type: 'note', id: note.id }, purpose: 'case-work' });
  }
}

export function caseNoteRoutes(api: ApiRoutes, deps: CaseNoteDeps): void {
  api.post(
    '/cases/:id/notes',
    {
      summary: 'Writes a note on a case, for the whole centre or restricted to its author and the coordinators',
      tag: TAG,
      params: caseParams,
      body: writeBody,
      responses: { 201: { description: 'The note', schema: caseNoteView, headers: { Location: 'The note' } } },
    },
    async (_req, res) => {
      const caseId = valid(res, 'params', caseParams).id;
      const note = await writeNoteUseCase(deps, { principal: principalOf(res), caseId, ...valid(res, 'body', writeBody) });
      res.status(201).location(`/v1/cases/${caseId}/notes/${note.id}`).json(caseNoteViewOf(note));
    },
  );

  api.get(
    '/cases/:id/notes',
    {
      summary: "A case's notes that the caller may see, newest first",
      tag: TAG,
      params: caseParams,
      query: listQuery,
      responses: { 200: { description: 'A page of notes', schema: pageSchema(caseNoteView).meta({ id: 'CaseNotePage' }) } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const caseId = valid(res, 'params', caseParams).id;
      const { limit, cursor } = valid(res, 'query', listQuery);
      await caseAt(deps.cases, principal.centre, caseId);
      const after = decodeCursor(cursor, cursorSchema);
      const fetched = await deps.notes.listVisible(principal.centre, caseId, viewerOf(principal), { after, limit: limit + 1 });
      const page = toPage(fetched, limit, (note) => [note.createdAt, note.id]);
      await auditRestrictedReads(deps.audit, res, page.items);
      res.json({ items: page.items.map(caseNoteViewOf), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/cases/:id/notes/:noteId',
    {
      summary: 'One note, with the notes that correct it; a restricted note the caller may not see is not found',
      tag: TAG,
      params: noteParams,
      responses: { 200: { description: 'The note', schema: caseNoteDetailView } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const { id, noteId } = valid(res, 'params', noteParams);
      await caseAt(deps.cases, principal.centre, id);
      const viewer = viewerOf(principal);
      const note = await deps.notes.findVisible(principal.centre, id, noteId, viewer);
      if (!note) throw new DomainError('CASE.NOTE_NOT_FOUND', 'not-found', 'No such note on this case.');
      const corrections = await deps.notes.correctionsOf(principal.centre, id, noteId, viewer, MAX_CORRECTIONS);
      await auditRestrictedReads(deps.audit, res, [note]);
      res.json({ ...caseNoteViewOf(note), correctedBy: corrections.map((correction) => correction.id) });
    },
  );
}
