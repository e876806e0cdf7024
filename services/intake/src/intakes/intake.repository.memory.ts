import { MemoryCollection } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import { afterPosition } from '@corredor/service-kit';
import { IntakeCodec, type StoredIntake } from './intake.codec';
import type { Intake } from './intake.domain';
import { INTAKE_SORT, type IntakePosition, type IntakeRepository } from './intake.repository';

/** Holds intakes sealed exactly as MongoDB does (IntakeCodec). */
export class MemoryIntakeRepository implements IntakeRepository {
  readonly collection = new MemoryCollection<StoredIntake>('intakes');
  readonly codec: IntakeCodec;

  constructor(keys: CentreKeys) {
    this.codec = new IntakeCodec(keys);
  }

  async findById(tenant: string, id: string): Promise<Intake | null> {
    const stored = this.collection.findOne({ id, tenant });
    return stored ? this.codec.decode(stored) : null;
  }

  async listByPerson(tenant: string, personId: string, page: { limit: number; after: IntakePosition | null }): Promise<Intake[]> {
    const filter = { tenant, personId, ...(page.after ? afterPosition(INTAKE_SORT, page.after) : {}) };
    return this.collection.find(filter, { sort: { submittedAt: -1, id: 1 }, limit: page.limit }).map((stored) => this.codec.decode(stored));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
