/** A unique index refused the write. Names the index, never the values (they may be personal data). */
export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';
  readonly code = 'PERSISTENCE.DUPLICATE_KEY';
  constructor(readonly collection: string, readonly index: string) {
    super(`duplicate key in ${collection} (${index})`);
  }
}

/** Someone else changed the document since it was read (optimistic concurrency). */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  readonly code = 'PERSISTENCE.VERSION_CONFLICT';
  constructor(readonly collection: string, readonly id: string, readonly expectedVersion: number) {
    super(`${collection} ${id} is no longer at version ${expectedVersion}`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly code = 'PERSISTENCE.NOT_FOUND';
  constructor(readonly collection: string, readonly id: string) {
    super(`${collection} ${id} not found`);
  }
}
