import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, NotFoundError, type MemoryOutbox } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import { PersonCodec, type StoredPerson } from './person.codec';
import type { Person } from './person.domain';
import type { PersonRepository } from './person.repository';

const NEWEST_FIRST = { updatedAt: -1, id: 1 } as const;

/** Holds people sealed exactly as MongoDB does (PersonCodec): a dump of it shows only ciphertext and blind indexes. */
export class MemoryPersonRepository implements PersonRepository {
  // The blind indexes the returning-person search looks up, as MongoDB's multikey indexes on them.
  readonly collection = new MemoryCollection<StoredPerson>('people', [], [], { multikey: ['matchKeys.documents', 'matchKeys.names'] });
  readonly codec: PersonCodec;

  constructor(
    private readonly outbox: MemoryOutbox,
    keys: CentreKeys,
  ) {
    this.codec = new PersonCodec(keys);
  }

  async findById(tenant: string, id: string): Promise<Person | null> {
    const stored = this.collection.findOne({ id, tenant });
    return stored ? this.codec.decode(stored) : null;
  }

  async findByDocuments(tenant: string, documentKeys: readonly string[], limit: number): Promise<Person[]> {
    if (documentKeys.length === 0) return [];
    const indexes = this.codec.documentIndexes(tenant, documentKeys);
    return this.collection.find({ tenant, 'matchKeys.documents': { $in: indexes } }, { sort: NEWEST_FIRST, limit }).map((stored) => this.codec.decode(stored));
  }

  async findByNameAndYear(tenant: string, nameKeys: readonly string[], yearOfBirth: number, limit: number): Promise<Person[]> {
    if (nameKeys.length === 0) return [];
    const indexes = this.codec.nameIndexes(tenant, nameKeys, yearOfBirth);
    return this.collection.find({ tenant, 'matchKeys.names': { $in: indexes } }, { sort: NEWEST_FIRST, limit }).map((stored) => this.codec.decode(stored));
  }

  async add(person: Person, events: OutboxRecord[]): Promise<void> {
    const stored = this.codec.encode(person);
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.collection.insert(stored);
      this.outbox.add(events);
    });
  }

  async update(person: Person, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    const stored = this.codec.encode(person);
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.replace(stored, expectedVersion);
      this.outbox.add(events);
    });
  }

  /** For a memoryTransaction that writes other records too (encode first). Refuses another centre's person as not found. */
  replace(stored: StoredPerson, expectedVersion: number): void {
    if (!this.collection.findOne({ id: stored.id, tenant: stored.tenant })) throw new NotFoundError('people', stored.id);
    this.collection.replaceVersioned(stored, expectedVersion);
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
