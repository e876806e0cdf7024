import { MemoryCollection, memoryTransaction, NotFoundError, type MemoryOutbox } from '@corredor/persistence';
import { afterPosition } from '@corredor/service-kit';
import type { TimelinePosition } from '../timeline/timeline-source';
import type { FieldSealer, RecordCodec } from '../privacy/sealed-fields';
import type { Case } from './case.domain';
import { caseCodec, type StoredCase } from './case.codec';
import type { CaseHistoryEntry } from './case-history';
import { listFilter, sortDocument, type CaseListQuery } from './case-list';
import type { CaseRepository, CaseWrite } from './case.repository';

/** Which case holds an intake; the id is `<tenant>/<intake id>`, so a second claim is a duplicate key. */
interface IntakeKey {
  id: string;
  tenant: string;
  intakeId: string;
  caseId: string;
}

const intakeKey = (tenant: string, intakeId: string, caseId: string): IntakeKey => ({ id: `${tenant}/${intakeId}`, tenant, intakeId, caseId });

export class MemoryCaseRepository implements CaseRepository {
  /** Exposed so tests can read the store raw, as someone with a copy of the database would. */
  // The lists' orders (see case-list.ts; oldest is newest reversed), as MongoDB's indexes on them: a page reads its first cases, not all.
  readonly cases = new MemoryCollection<StoredCase>('cases', [], [['tenant', 'personId']], { sorted: [sortDocument('newest', 'id'), sortDocument('priority', 'id')] });
  private readonly intakes = new MemoryCollection<IntakeKey>('case_intakes', [{ name: 'tenant_intakeId', fields: ['tenant', 'intakeId'] }]);
  private readonly historyEntries = new MemoryCollection<CaseHistoryEntry>('case_history');

  private readonly codec: RecordCodec<Case, StoredCase>;

  constructor(
    private readonly outbox: MemoryOutbox,
    keys: FieldSealer,
  ) {
    this.codec = caseCodec(keys);
  }

  async add(kase: Case, write: CaseWrite): Promise<void> {
    this.transaction(() => {
      this.cases.insert(this.codec.encode(kase));
      for (const intakeId of kase.intakeIds) this.intakes.insert(intakeKey(kase.tenant, intakeId, kase.id));
      this.save(write);
    });
  }

  async update(kase: Case, expectedVersion: number, write: CaseWrite): Promise<void> {
    this.transaction(() => {
      const current = this.cases.findOne({ id: kase.id, tenant: kase.tenant });
      if (!current) throw new NotFoundError('cases', kase.id);
      this.cases.replaceVersioned(this.codec.encode(kase), expectedVersion);
      for (const intakeId of kase.intakeIds.filter((id) => !current.intakeIds.includes(id))) {
        this.intakes.insert(intakeKey(kase.tenant, intakeId, kase.id));
      }
      this.save(write);
    });
  }

  async findById(tenant: string, id: string): Promise<Case | null> {
    const doc = this.cases.findOne({ tenant, id });
    return doc ? this.codec.decode(doc) : null;
  }

  async findByIntake(tenant: string, intakeId: string): Promise<Case | null> {
    const key = this.intakes.findOne({ tenant, intakeId });
    return key ? this.findById(tenant, key.caseId) : null;
  }

  async ofPerson(tenant: string, personId: string, limit: number): Promise<Case[]> {
    return this.cases.find({ tenant, personId }, { sort: { openedAt: -1, id: -1 }, limit }).map((doc) => this.codec.decode(doc));
  }

  async list(tenant: string, query: CaseListQuery): Promise<Case[]> {
    return this.cases.find(listFilter(tenant, query, 'id'), { sort: sortDocument(query.sort, 'id'), limit: query.limit }).map((doc) => this.codec.decode(doc));
  }

  async history(tenant: string, caseId: string, query: { before: TimelinePosition | null; limit: number }): Promise<CaseHistoryEntry[]> {
    const filter = { tenant, caseId, ...(query.before ? afterPosition([['at', -1], ['id', -1]], query.before) : {}) };
    return this.historyEntries.find(filter, { sort: { at: -1, id: -1 }, limit: query.limit });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }

  private transaction(work: () => void): void {
    memoryTransaction([this.cases, this.intakes, this.historyEntries, this.outbox.collection], work);
  }

  private save(write: CaseWrite): void {
    for (const entry of write.history) this.historyEntries.insert(entry);
    this.outbox.add(write.events);
  }
}
