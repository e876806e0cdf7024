import type { SortKey } from '@corredor/service-kit';
import type { Intake } from './intake.domain';

/** Where a page of a person's intakes ended: [submittedAt, id] of its last item. */
export type IntakePosition = readonly [submittedAt: Date, id: string];

/** How a person's intakes are listed: newest first, the id breaking ties. */
export const INTAKE_SORT: readonly SortKey[] = [
  ['submittedAt', -1],
  ['id', 1],
];

/** Intakes are written with the person, consents and events they go with: see IntakeRecords. */
export interface IntakeRepository {
  findById(tenant: string, id: string): Promise<Intake | null>;
  /** A person's intakes, newest first; `limit` items after `after`. */
  listByPerson(tenant: string, personId: string, page: { limit: number; after: IntakePosition | null }): Promise<Intake[]>;
  isReachable(): Promise<boolean>;
}
