/**
 * Why a coordinator erased a person: a code from a short list, never free text (a reason typed in
 * would soon hold the very details being erased).
 */
export const ERASURE_REASONS = [
  /** The person asked to be forgotten, or withdrew their consent to store their data. */
  'person-request',
  /** Recorded by mistake (the wrong person, a test, a visitor who was never served). */
  'recorded-in-error',
  /** A second record of someone the centre already holds. */
  'duplicate-record',
  /** Keeping any record puts the person at risk (traffickers, an abuser looking for them). */
  'safety-risk',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/**
 * What is left of an erased person: the random id, who erased them, when and why; nothing that
 * says who they were. It lets a second erasure be told apart from a wrong id (410, not 404).
 */
export interface PersonErasure {
  /** The erased person's id. */
  id: string;
  tenant: string;
  reason: ErasureReason;
  erasedBy: string;
  erasedAt: Date;
}

/** How many records of the person an erasure deleted besides the person. */
export interface ErasedRecords {
  intakes: number;
  consents: number;
  idempotencyKeys: number;
}
