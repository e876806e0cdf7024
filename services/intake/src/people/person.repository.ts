import type { OutboxRecord } from '@corredor/messaging';
import type { Person } from './person.domain';

/**
 * The people a centre serves. Every method is scoped to one centre (the tenant): a person is never
 * found, matched or changed from another centre.
 *
 * For features that bring a person in other than by interview (a transfer from another centre):
 * build the record with `newPerson({ ..., interviewed: false }, now)` from person.domain.ts and
 * save it with `add` and its events; to save a person together with consents or an intake in one
 * transaction, use IntakeRecords (intakes/intake-records.ts).
 */
export interface PersonRepository {
  findById(tenant: string, id: string): Promise<Person | null>;
  /** People holding any of these document keys (`CURP:...`, see documentKey), at most `limit`. */
  findByDocuments(tenant: string, documentKeys: readonly string[], limit: number): Promise<Person[]>;
  /** People with any of these folded names (nameMatchKey) born in this year, at most `limit`. */
  findByNameAndYear(tenant: string, nameKeys: readonly string[], yearOfBirth: number, limit: number): Promise<Person[]>;
  /** Saves a new person and its events in one transaction: both or neither. An id taken is a DuplicateKeyError. */
  add(person: Person, events: OutboxRecord[]): Promise<void>;
  /** Saves a change if the person is still at `expectedVersion` (else VersionConflictError), with its events. */
  update(person: Person, expectedVersion: number, events: OutboxRecord[]): Promise<void>;
  isReachable(): Promise<boolean>;
}
