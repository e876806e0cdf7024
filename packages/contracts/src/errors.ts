/**
 * What kind of failure a domain error is; the HTTP layer maps kinds to statuses in one table, so
 * domain code never speaks HTTP.
 */
export type ErrorKind =
  | 'unsupported-media-type'
  | 'validation' | 'not-found' | 'conflict' | 'rule-violation'
  | 'unauthenticated'
  | 'forbidden'
  | 'gone'
  | 'too-many-requests';

/** A failure with a stable code such as `CASE.ALREADY_CLOSED`. Its message must never carry personal data. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}
