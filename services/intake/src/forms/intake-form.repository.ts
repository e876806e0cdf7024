import type { IntakeForm } from './intake-form.domain';

/** The versions of each centre's own interview questions. */
export interface IntakeFormRepository {
  /** The centre's newest version, or null before its first. */
  current(tenant: string): Promise<IntakeForm | null>;
  /** One version of the centre's form, or null (also for another centre's). */
  findVersion(tenant: string, version: number): Promise<IntakeForm | null>;
  /**
   * Stores a new version. A version number the centre already has is a DuplicateKeyError: another
   * revision from the same base version got there first.
   */
  add(form: IntakeForm): Promise<void>;
  isReachable(): Promise<boolean>;
}
