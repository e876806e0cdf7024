import { openText, sealText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import type { CaseNote } from './note.domain';

/**
 * A note as both adapters store it. Sealed: the body (`case_notes.body`), restricted or not: free
 * text about a person. In clear, for the visibility filter, the lists' order and the timeline:
 * ids (note, case, corrected note), tenant, visibility, author id, creation instant.
 */
export type StoredNote = Omit<CaseNote, 'body'> & { body: string };

export const NOTE_BODY = 'case_notes.body';

export function noteCodec(keys: FieldSealer): RecordCodec<CaseNote, StoredNote> {
  return {
    encode: (note) => ({ ...note, body: sealText(keys, note.tenant, NOTE_BODY, note.body) }),
    decode: (doc) => ({ ...doc, body: openText(keys, doc.tenant, NOTE_BODY, doc.body) }),
  };
}
