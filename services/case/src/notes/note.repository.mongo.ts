import { isMongoReachable, translateMongoError } from '@corredor/persistence';
import { afterPosition, type SortKey } from '@corredor/service-kit';
import { Schema, type Connection, type Model } from 'mongoose';
import { ERASED, fromMongo, sealText, toMongo, type FieldSealer, type RecordCodec, type WithMongoId } from '../privacy/sealed-fields';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import { noteBodyContext, noteCodec, type StoredNote } from './note.codec';
import type { CaseNote, NoteViewer } from './note.domain';
import { both, NOTE_LIST_SORT, visibleTo, type NoteListPosition, type NoteRepository } from './note.repository';

/** The sealed shape of note.codec.ts, with the id as `_id`. */
type NoteDocument = WithMongoId<StoredNote>;

const noteSchema = new Schema<NoteDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    caseId: { type: String, required: true },
    // Sealed (note.codec.ts).
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

export class MongoNoteRepository implements NoteRepository {
  readonly model: Model<NoteDocument>;
  private readonly codec: RecordCodec<CaseNote, StoredNote>;

  constructor(
    private readonly connection: Connection,
    private readonly keys: FieldSealer,
  ) {
    this.model = connection.models['CaseNote'] ?? connection.model<NoteDocument>('CaseNote', noteSchema);
    this.codec = noteCodec(keys);
  }

  async add(note: CaseNote): Promise<void> {
    try {
      await this.model.create(toMongo(this.codec.encode(note)));
    } catch (error) {
      throw translateMongoError(error, 'case_notes');
    }
  }

  async findVisible(tenant: string, caseId: string, id: string, viewer: NoteViewer): Promise<CaseNote | null> {
    const doc = await this.model.findOne({ _id: id, tenant, caseId, ...visibleTo(viewer) }).lean<NoteDocument>();
    return doc ? this.toNote(doc) : null;
  }

  async listVisible(tenant: string, caseId: string, viewer: NoteViewer, query: { after: NoteListPosition | null; limit: number }): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), query.after ? afterPosition(LIST_SORT, query.after) : {}) };
    const docs = await this.model.find(filter).sort(Object.fromEntries(LIST_SORT)).limit(query.limit).lean<NoteDocument[]>();
    return docs.map((doc) => this.toNote(doc));
  }

  async correctionsOf(tenant: string, caseId: string, noteId: string, viewer: NoteViewer, limit: number): Promise<CaseNote[]> {
    const docs = await this.model.find({ tenant, caseId, corrects: noteId, ...visibleTo(viewer) }).sort({ createdAt: 1, _id: 1 }).limit(limit).lean<NoteDocument[]>();
    return docs.map((doc) => this.toNote(doc));
  }

  async visibleBefore(tenant: string, caseId: string, viewer: NoteViewer, bound: SourceBound | null, limit: number): Promise<CaseNote[]> {
    const filter = { tenant, caseId, ...both(visibleTo(viewer), olderThan(bound, 'createdAt', '_id')) };
    const docs = await this.model.find(filter).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<NoteDocument[]>();
    return docs.map((doc) => this.toNote(doc));
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    // Each body is sealed for its own note, so each is written on its own.
    const notes = await this.model.find({ tenant, caseId }, { _id: 1 }).lean<Array<{ _id: string }>>();
    if (notes.length === 0) return;
    await this.model.bulkWrite(
      notes.map(({ _id }) => ({ updateOne: { filter: { _id, tenant }, update: { $set: { body: sealText(this.keys, tenant, noteBodyContext(_id), ERASED) } } } })),
    );
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private toNote(doc: NoteDocument): CaseNote {
    return this.codec.decode(fromMongo<StoredNote>(doc));
  }
}
