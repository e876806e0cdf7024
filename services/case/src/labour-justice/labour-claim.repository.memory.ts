import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import type { ClaimStep, LabourClaim } from './labour-claim.domain';
import { CLAIM_LIST_SORT, type ClaimListPosition, type LabourClaimRepository } from './labour-claim.repository';

export class MemoryLabourClaimRepository implements LabourClaimRepository {
  private readonly claims = new MemoryCollection<LabourClaim>('labour_claims');
  private readonly steps = new MemoryCollection<ClaimStep>('labour_claim_steps');

  constructor(private readonly outbox: MemoryOutbox) {}

  async add(claim: LabourClaim, steps: ClaimStep[], events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.claims, this.steps, this.outbox.collection], () => {
      this.claims.insert(claim);
      for (const step of steps) this.steps.insert(step);
      this.outbox.add(events);
    });
  }

  async update(claim: LabourClaim, expectedVersion: number, steps: ClaimStep[], events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.claims, this.steps, this.outbox.collection], () => {
      this.claims.replaceVersioned(claim, expectedVersion);
      for (const step of steps) this.steps.insert(step);
      this.outbox.add(events);
    });
  }

  async findById(tenant: string, caseId: string, id: string): Promise<LabourClaim | null> {
    return this.claims.findOne({ id, tenant, caseId }) ?? null;
  }

  async list(tenant: string, caseId: string, query: { after: ClaimListPosition | null; limit: number }): Promise<LabourClaim[]> {
    const filter = { tenant, caseId, ...(query.after ? afterPosition(CLAIM_LIST_SORT, query.after) : {}) };
    return this.claims.find(filter, { sort: Object.fromEntries(CLAIM_LIST_SORT), limit: query.limit });
  }

  async stepsBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ClaimStep[]> {
    return this.steps.find({ tenant, caseId, ...olderThan(bound, 'at', 'id') }, { sort: { at: -1, id: -1 }, limit });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
