import type { OutboxRecord } from '@corredor/messaging';
import type { Centre } from './centre.domain';

export interface CentreRepository {
  /** Registers a new centre and its event in one transaction; an existing id is a DuplicateKeyError. */
  add(centre: Centre, events: OutboxRecord[]): Promise<void>;
  /** Saves a change if the centre is still at `expectedVersion` (else VersionConflictError), with its events. */
  update(centre: Centre, expectedVersion: number, events: OutboxRecord[]): Promise<void>;
  findById(id: string): Promise<Centre | null>;
  /** The centres of a network, by id. */
  listByNetwork(network: string): Promise<Centre[]>;
  /** The centres with no data key at all (registered before data keys existed), by id; a destroyed key counts as one. */
  listWithoutDataKey(): Promise<Centre[]>;
  isReachable(): Promise<boolean>;
}
