import { z } from 'zod';
import { NOTE_VISIBILITIES, type CaseNote } from './note.domain';

export const caseNoteView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    body: z.string(),
    visibility: z.enum(NOTE_VISIBILITIES),
    authorId: z.string(),
    createdAt: z.iso.datetime(),
    corrects: z.uuid().nullable().meta({ description: 'The note this one corrects' }),
  })
  .meta({ id: 'CaseNote' });

export const caseNoteDetailView = caseNoteView
  .extend({ correctedBy: z.array(z.uuid()).meta({ description: 'Notes correcting this one that the caller may see, oldest first' }) })
  .meta({ id: 'CaseNoteDetail' });

export function caseNoteViewOf(note: CaseNote): z.infer<typeof caseNoteView> {
  return {
    id: note.id,
    caseId: note.caseId,
    body: note.body,
    visibility: note.visibility,
    authorId: note.authorId,
    createdAt: note.createdAt.toISOString(),
    corrects: note.corrects,
  };
}
