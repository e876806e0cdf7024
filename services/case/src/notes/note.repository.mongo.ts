import { isMongoReachable, translateMongoError } from '@corredor/persistence';
import { afterPosition, type SortKey } from '@corredor/service-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import type { CaseNote, NoteViewer } from './note.domain';
import { both, NOTE_LIST_SORT, visibleTo, type NoteListPosition, type NoteRepository } from './note.repository';

type NoteDocument = Omit<CaseNote, 'id'> & { _id: string };

const noteSchema = new Schema<NoteDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    body: { type: String, required: true },
    visibility: { type: String, required: true },
    authorId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    corrects: { type: String, default: null },
  },
  { collection: 'case_notes', versionKey: false },
);
noteSchema.index({ tenant: 1, caseId: 1, createdAt: -1, _id: -1 });
noteSchema.index({ tenant: 1, caseId: 1, corrects: 1 }, { partialFilterExpression: { corrects: { $type: 'string' } } });

const LIST_SORT: readonly SortKey[] = NOTE_LIST_SORT.map(([field, direction]) => [field === 'id' ? '_id' : field, direction]);

function toNote({ _id, ...rest }: NoteDocument): CaseNote {
  return { id: _id, ...rest };
}

export class MongoNoteRepository implements NoteRepository {
  readonly model: Model<NoteDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['CaseNote'] ?? connection.model<NoteDocument>('CaseNote', noteSchema);
  }

  async add(note: CaseNote): Promise<void> {
    const { id, ...rest } = note;
    try {
      await this.model.create({ _id: id, ...rest });
    } catch (error) {
      throw translateMongoError(error, 'case_notes');
    }
  }

  async findVisible(tenant: string, caseId: string, id: string, viewer: NoteViewer): Promise<CaseNote | null> {
    const doc = await this.model.findOne({ _id: id, tenant, caseId, ...visibleTo(viewer) }).lean<NoteDocument>();
    return doc ? toNote(doc) : null;
  }

  async listVisible(tenant: string, caseId: string, viewer: NoteViewer, query: { after: NoteListPosition | null; limit: number }): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), query.after ? afterPosition(LIST_SORT, query.after) : {}) };
    const docs = await this.model.find(filter).sort(Object.fromEntries(LIST_SORT)).limit(query.limit).lean<NoteDocument[]>();
    return docs.map(toNote);
  }

  async correctionsOf(tenant: string, caseId: string, noteId: string, viewer: NoteViewer, limit: number): Promise<CaseNote[]> {
    const docs = await this.model.find({ tenant, caseId, corrects: noteId, ...visibleTo(viewer) }).sort({ createdAt: 1, _id: 1 }).limit(limit).lean<NoteDocument[]>();
    return docs.map(toNote);
  }

  async visibleBefore(tenant: string, caseId: string, viewer: NoteViewer, bound: SourceBound | null, limit: number): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), olderThan(bound, 'createdAt', '_id')) };
    const docs = await this.model.find(filter).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<NoteDocument[]>();
    return docs.map(toNote);
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
