import { openText, sealText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import type { CaseNote } from './note.domain';

/**
 * A note as both adapters store it. Sealed: the body (`case_notes.body:<note id>`), restricted or
 * not: free text about a person. Bound to its note, so a restricted note's body copied into a note
 * its reader may see (by someone who can write to the store) does not open there. In clear, for the visibility filter, the lists' order and the timeline:
 * ids (note, case, corrected note), tenant, visibility, author id, creation instant.
 */
export type StoredNote = Omit<CaseNote, 'body'> & { body: string };

export const NOTE_BODY = 'case_notes.body';

export const noteBodyContext = (noteId: string): string => `${NOTE_BODY}:${noteId}`;

export function noteCodec(keys: FieldSealer): RecordCodec<CaseNote, StoredNote> {
  return {
    encode: (note) => ({ ...note, body: sealText(keys, note.tenant, noteBodyContext(note.id), note.body) }),
    decode: (doc) => ({ ...doc, body: openText(keys, doc.tenant, noteBodyContext(doc.id), doc.body) }),
  };
}
