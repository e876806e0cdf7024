import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import type { Case } from './case.domain';
import type { CaseQuery, CaseRepository } from './case.repository';

export class MemoryCaseRepository implements CaseRepository {
  private readonly cases = new MemoryCollection<Case>('cases', [{ name: 'tenant_intakeId', fields: ['tenant', 'intakeId'] }]);

  constructor(private readonly outbox: MemoryOutbox) {}

  async add(kase: Case, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.cases, this.outbox.collection], () => {
      this.cases.insert(kase);
      this.outbox.add(events);
    });
  }

  async update(kase: Case, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.cases, this.outbox.collection], () => {
      this.cases.replaceVersioned(kase, expectedVersion);
      this.outbox.add(events);
    });
  }

  async findById(tenant: string, id: string): Promise<Case | null> {
    return this.cases.findOne({ tenant, id }) ?? null;
  }

  async findByIntake(tenant: string, intakeId: string): Promise<Case | null> {
    return this.cases.findOne({ tenant, intakeId }) ?? null;
  }

  async list(tenant: string, query: CaseQuery): Promise<{ items: Case[]; total: number }> {
    const filter = { tenant, ...(query.status ? { status: query.status } : {}) };
    return {
      items: this.cases.find(filter, { sort: { openedAt: -1, id: 1 }, skip: query.offset, limit: query.limit }),
      total: this.cases.count(filter),
    };
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
