import { DomainError } from '@corredor/contracts';

export const NOTE_VISIBILITIES = ['centre', 'restricted'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/**
 * A note on a case. `centre`: everyone at the centre reads it; `restricted`: its author and the
 * coordinators only. Notes never change: a correction is a new note naming the one it corrects.
 * Their text never leaves the case service (no event, no log).
 */
export interface CaseNote {
  id: string;
  tenant: string;
  caseId: string;
  body: string;
  visibility: NoteVisibility;
  authorId: string;
  createdAt: Date;
  /** The note this one corrects. */
  corrects: string | null;
}

/**
 * Who is reading: a restricted note shows to those allowed to read every restricted note, and to
 * its author while the author's roles still allow writing one. An author whose role changed to one
 * that may not (a promoter who is now an interpreter) no longer reads what they wrote before.
 */
export interface NoteViewer {
  userId: string;
  readsRestricted: boolean;
  /** Whether the viewer's roles may write restricted notes, and so read their own. */
  readsOwnRestricted: boolean;
}

export function canSee(note: Pick<CaseNote, 'visibility' | 'authorId'>, viewer: NoteViewer): boolean {
  return note.visibility === 'centre' || viewer.readsRestricted || (viewer.readsOwnRestricted && note.authorId === viewer.userId);
}

export function writeNote(
  command: { body: string; visibility: NoteVisibility },
  context: { id: string; tenant: string; caseId: string; by: string; now: Date; corrected: CaseNote | null },
): CaseNote {
  // A correction shown more widely than the note it corrects would show what that note was about.
  if (context.corrected?.visibility === 'restricted' && command.visibility !== 'restricted') {
    throw new DomainError('CASE.NOTE_CORRECTION_MUST_BE_RESTRICTED', 'rule-violation', 'A correction of a restricted note must be restricted too.');
  }
  return {
    id: context.id,
    tenant: context.tenant,
    caseId: context.caseId,
    body: command.body,
    visibility: command.visibility,
    authorId: context.by,
    createdAt: context.now,
    corrects: context.corrected?.id ?? null,
  };
}
