import { MemoryCollection } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import type { CaseNote, NoteViewer } from './note.domain';
import { both, NOTE_LIST_SORT, visibleTo, type NoteListPosition, type NoteRepository } from './note.repository';

export class MemoryNoteRepository implements NoteRepository {
  private readonly notes = new MemoryCollection<CaseNote>('case_notes');

  async add(note: CaseNote): Promise<void> {
    this.notes.insert(note);
  }

  async findVisible(tenant: string, caseId: string, id: string, viewer: NoteViewer): Promise<CaseNote | null> {
    return this.notes.findOne({ id, tenant, caseId, ...visibleTo(viewer) }) ?? null;
  }

  async listVisible(tenant: string, caseId: string, viewer: NoteViewer, query: { after: NoteListPosition | null; limit: number }): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), query.after ? afterPosition(NOTE_LIST_SORT, query.after) : {}) };
    return this.notes.find(filter, { sort: Object.fromEntries(NOTE_LIST_SORT), limit: query.limit });
  }

  async correctionsOf(tenant: string, caseId: string, noteId: string, viewer: NoteViewer, limit: number): Promise<CaseNote[]> {
    return this.notes.find({ tenant, caseId, corrects: noteId, ...visibleTo(viewer) }, { sort: { createdAt: 1, id: 1 }, limit });
  }

  async visibleBefore(tenant: string, caseId: string, viewer: NoteViewer, bound: SourceBound | null, limit: number): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), olderThan(bound, 'createdAt', 'id')) };
    return this.notes.find(filter, { sort: { createdAt: -1, id: -1 }, limit });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
