import { MemoryCollection } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { Intake } from './intake.domain';
import { INTAKE_SORT, type IntakePosition, type IntakeRepository } from './intake.repository';

export class MemoryIntakeRepository implements IntakeRepository {
  readonly collection = new MemoryCollection<Intake>('intakes');

  async findById(tenant: string, id: string): Promise<Intake | null> {
    return this.collection.findOne({ id, tenant }) ?? null;
  }

  async listByPerson(tenant: string, personId: string, page: { limit: number; after: IntakePosition | null }): Promise<Intake[]> {
    const filter = { tenant, personId, ...(page.after ? afterPosition(INTAKE_SORT, page.after) : {}) };
    return this.collection.find(filter, { sort: { submittedAt: -1, id: 1 }, limit: page.limit });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
