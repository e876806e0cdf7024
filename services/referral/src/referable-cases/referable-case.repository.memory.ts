import { DuplicateKeyError, MemoryCollection } from '@corredor/persistence';
import type { ReferableCase, ReferableCaseRepository } from './referable-case';

export class MemoryReferableCaseRepository implements ReferableCaseRepository {
  private readonly cases = new MemoryCollection<ReferableCase>('referable_cases');

  async recordOpened(tenant: string, caseId: string, personId: string, openedAt: Date): Promise<void> {
    try {
      this.cases.insert({ id: `${tenant}/${caseId}`, tenant, caseId, personId, status: 'open', openedAt });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  async recordStatus(tenant: string, caseId: string, status: ReferableCase['status']): Promise<void> {
    this.cases.updateWhere({ id: `${tenant}/${caseId}` }, (c) => ({ ...c, status }));
  }

  async find(tenant: string, caseId: string): Promise<ReferableCase | null> {
    return this.cases.findOne({ id: `${tenant}/${caseId}` }) ?? null;
  }

  async unlinkPerson(tenant: string, personId: string, unlinkedId: string): Promise<number> {
    return this.cases.updateWhere({ tenant, personId }, (c) => ({ ...c, personId: unlinkedId }));
  }
}
