import type { SourceBound } from '../timeline/timeline.domain';
import type { CaseNote, NoteViewer } from './note.domain';

/** Where a page of notes ended: the last one's creation instant and id. */
export type NoteListPosition = readonly [createdAt: Date, id: string];

export const NOTE_LIST_SORT = [
  ['createdAt', -1],
  ['id', -1],
] as const;

/**
 * Every read takes the viewer: a restricted note the viewer may not see is filtered out by the
 * query itself, so it is absent from pages (which stay full) and not found by id.
 */
export interface NoteRepository {
  add(note: CaseNote): Promise<void>;
  findVisible(tenant: string, caseId: string, id: string, viewer: NoteViewer): Promise<CaseNote | null>;
  /** Newest first (NOTE_LIST_SORT), after a position. */
  listVisible(tenant: string, caseId: string, viewer: NoteViewer, query: { after: NoteListPosition | null; limit: number }): Promise<CaseNote[]>;
  /** The visible notes that correct this one, oldest first. */
  correctionsOf(tenant: string, caseId: string, noteId: string, viewer: NoteViewer, limit: number): Promise<CaseNote[]>;
  /** For the timeline: visible notes before a bound (keyed by id), newest first. */
  visibleBefore(tenant: string, caseId: string, viewer: NoteViewer, bound: SourceBound | null, limit: number): Promise<CaseNote[]>;
  /**
   * The person of the case was erased: every note body of the case becomes ERASED (the note stays,
   * with its author, time and visibility, for the case's history). Idempotent.
   */
  eraseOfCase(tenant: string, caseId: string): Promise<void>;
  isReachable(): Promise<boolean>;
}

/** The query for "notes this viewer may see" (the rule of `canSee`), in MongoDB's language. */
export function visibleTo(viewer: NoteViewer, authorField = 'authorId'): Record<string, unknown> {
  if (viewer.readsRestricted) return {};
  if (!viewer.readsOwnRestricted) return { visibility: 'centre' };
  return { $or: [{ visibility: 'centre' }, { [authorField]: viewer.userId }] };
}

/** Both filters must hold; either may carry its own $or. */
export function both(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  return { $and: [a, b] };
}
