import type { CentreKeys } from '@corredor/service-kit';

/**
 * What the case service's repositories seal with: `deps.keys` (one data key per centre). A sealed
 * value opens only for its centre and its context, `<collection>.<field path>` (`cases.alias`,
 * `case_notes.body:<note id>`): one moved to another field or centre no longer opens. Only note
 * bodies name their record (a restricted body must not open in a centre note); for the other
 * fields see docs/threat-model.md.
 */
export type FieldSealer = Pick<CentreKeys, 'seal' | 'open'>;

/** What an erased free text reads as (sealed like any other value: the stored shape does not change). */
export const ERASED = '[erased]';

/**
 * Converts a domain record to the document both adapters store (ciphertext in the personal fields,
 * in clear only what queries, sorting and the timeline use) and back. One per record type, shared
 * by the memory and the MongoDB adapter, so both hold the same sealed shape.
 */
export interface RecordCodec<R, D> {
  encode(record: R): D;
  /** Opening a value of a centre whose data key was destroyed is a 410 CENTRE.DATA_DESTROYED. */
  decode(doc: D): R;
}

export function sealText(keys: FieldSealer, centre: string, context: string, value: string): string {
  return keys.seal(centre, context, value);
}

export function openText(keys: FieldSealer, centre: string, context: string, sealed: string): string {
  const value = keys.open<unknown>(centre, context, sealed);
  if (typeof value !== 'string') throw new Error(`a sealed ${context} value of ${centre} is not text`);
  return value;
}

export function sealOptional(keys: FieldSealer, centre: string, context: string, value: string | null): string | null {
  return value === null ? null : sealText(keys, centre, context, value);
}

export function openOptional(keys: FieldSealer, centre: string, context: string, sealed: string | null): string | null {
  return sealed === null ? null : openText(keys, centre, context, sealed);
}

/** A stored document as MongoDB keeps it: the record id as `_id`. */
export type WithMongoId<D extends { id: string }> = Omit<D, 'id'> & { _id: string };

export function toMongo<D extends { id: string }>(doc: D): WithMongoId<D> {
  const { id, ...rest } = doc;
  return { _id: id, ...rest };
}

export function fromMongo<D extends { id: string }>(doc: WithMongoId<D>): D {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest } as unknown as D;
}
