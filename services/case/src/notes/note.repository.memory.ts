import { MemoryCollection } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import { ERASED, sealText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import { noteBodyContext, noteCodec, type StoredNote } from './note.codec';
import type { CaseNote, NoteViewer } from './note.domain';
import { both, NOTE_LIST_SORT, visibleTo, type NoteListPosition, type NoteRepository } from './note.repository';

export class MemoryNoteRepository implements NoteRepository {
  /** Exposed so tests can read the store raw, as someone with a copy of the database would. */
  readonly notes = new MemoryCollection<StoredNote>('case_notes');
  private readonly codec: RecordCodec<CaseNote, StoredNote>;

  constructor(private readonly keys: FieldSealer) {
    this.codec = noteCodec(keys);
  }

  async add(note: CaseNote): Promise<void> {
    this.notes.insert(this.codec.encode(note));
  }

  async findVisible(tenant: string, caseId: string, id: string, viewer: NoteViewer): Promise<CaseNote | null> {
    const doc = this.notes.findOne({ id, tenant, caseId, ...visibleTo(viewer) });
    return doc ? this.codec.decode(doc) : null;
  }

  async listVisible(tenant: string, caseId: string, viewer: NoteViewer, query: { after: NoteListPosition | null; limit: number }): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), query.after ? afterPosition(NOTE_LIST_SORT, query.after) : {}) };
    return this.decodeAll(this.notes.find(filter, { sort: Object.fromEntries(NOTE_LIST_SORT), limit: query.limit }));
  }

  async correctionsOf(tenant: string, caseId: string, noteId: string, viewer: NoteViewer, limit: number): Promise<CaseNote[]> {
    return this.decodeAll(this.notes.find({ tenant, caseId, corrects: noteId, ...visibleTo(viewer) }, { sort: { createdAt: 1, id: 1 }, limit }));
  }

  async visibleBefore(tenant: string, caseId: string, viewer: NoteViewer, bound: SourceBound | null, limit: number): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), olderThan(bound, 'createdAt', 'id')) };
    return this.decodeAll(this.notes.find(filter, { sort: { createdAt: -1, id: -1 }, limit }));
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    this.notes.updateWhere({ tenant, caseId }, (doc) => ({ ...doc, body: sealText(this.keys, tenant, noteBodyContext(doc.id), ERASED) }));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  private decodeAll(docs: StoredNote[]): CaseNote[] {
    return docs.map((doc) => this.codec.decode(doc));
  }
}
