import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { SourceBound } from '../timeline/timeline.domain';
import { olderThan } from '../timeline/timeline-query';
import type { FieldSealer, RecordCodec } from '../privacy/sealed-fields';
import { erasedEmployer, labourClaimCodec, type StoredLabourClaim } from './labour-claim.codec';
import type { ClaimStep, LabourClaim } from './labour-claim.domain';
import { CLAIM_LIST_SORT, type ClaimListPosition, type LabourClaimRepository } from './labour-claim.repository';

export class MemoryLabourClaimRepository implements LabourClaimRepository {
  /** Exposed so tests can read the store raw, as someone with a copy of the database would. */
  readonly claims = new MemoryCollection<StoredLabourClaim>('labour_claims');
  private readonly steps = new MemoryCollection<ClaimStep>('labour_claim_steps');
  private readonly codec: RecordCodec<LabourClaim, StoredLabourClaim>;

  constructor(
    private readonly outbox: MemoryOutbox,
    private readonly keys: FieldSealer,
  ) {
    this.codec = labourClaimCodec(keys);
  }

  async add(claim: LabourClaim, steps: ClaimStep[], events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.claims, this.steps, this.outbox.collection], () => {
      this.claims.insert(this.codec.encode(claim));
      for (const step of steps) this.steps.insert(step);
      this.outbox.add(events);
    });
  }

  async update(claim: LabourClaim, expectedVersion: number, steps: ClaimStep[], events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.claims, this.steps, this.outbox.collection], () => {
      this.claims.replaceVersioned(this.codec.encode(claim), expectedVersion);
      for (const step of steps) this.steps.insert(step);
      this.outbox.add(events);
    });
  }

  async findById(tenant: string, caseId: string, id: string): Promise<LabourClaim | null> {
    const doc = this.claims.findOne({ id, tenant, caseId });
    return doc ? this.codec.decode(doc) : null;
  }

  async list(tenant: string, caseId: string, query: { after: ClaimListPosition | null; limit: number }): Promise<LabourClaim[]> {
    const filter = { tenant, caseId, ...(query.after ? afterPosition(CLAIM_LIST_SORT, query.after) : {}) };
    return this.claims.find(filter, { sort: Object.fromEntries(CLAIM_LIST_SORT), limit: query.limit }).map((doc) => this.codec.decode(doc));
  }

  async stepsBefore(tenant: string, caseId: string, bound: SourceBound | null, limit: number): Promise<ClaimStep[]> {
    return this.steps.find({ tenant, caseId, ...olderThan(bound, 'at', 'id') }, { sort: { at: -1, id: -1 }, limit });
  }

  async eraseOfCase(tenant: string, caseId: string): Promise<void> {
    const employer = erasedEmployer(this.keys, tenant);
    this.claims.updateWhere({ tenant, caseId }, (doc) => ({ ...doc, employer, version: doc.version + 1 }));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
