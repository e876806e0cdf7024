import type { OutboxRecord } from '@corredor/messaging';
import type { Intake } from './intake.domain';

export interface IntakeRepository {
  /** Saves the intake and its events in one transaction: both or neither. */
  add(intake: Intake, events: OutboxRecord[]): Promise<void>;
  findById(tenant: string, id: string): Promise<Intake | null>;
  findByIdempotencyKey(tenant: string, key: string): Promise<Intake | null>;
  isReachable(): Promise<boolean>;
}
