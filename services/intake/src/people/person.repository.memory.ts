import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, NotFoundError, type MemoryOutbox } from '@corredor/persistence';
import type { Person } from './person.domain';
import type { PersonRepository } from './person.repository';

const NEWEST_FIRST = { updatedAt: -1, id: 1 } as const;

export class MemoryPersonRepository implements PersonRepository {
  readonly collection = new MemoryCollection<Person>('people');

  constructor(private readonly outbox: MemoryOutbox) {}

  async findById(tenant: string, id: string): Promise<Person | null> {
    return this.collection.findOne({ id, tenant }) ?? null;
  }

  async findByDocuments(tenant: string, documentKeys: readonly string[], limit: number): Promise<Person[]> {
    if (documentKeys.length === 0) return [];
    return this.collection.find({ tenant, 'matchKeys.documents': { $in: [...documentKeys] } }, { sort: NEWEST_FIRST, limit });
  }

  async findByNameAndYear(tenant: string, nameKeys: readonly string[], yearOfBirth: number, limit: number): Promise<Person[]> {
    if (nameKeys.length === 0) return [];
    return this.collection.find({ tenant, 'matchKeys.names': { $in: [...nameKeys] }, 'matchKeys.yearOfBirth': yearOfBirth }, { sort: NEWEST_FIRST, limit });
  }

  async add(person: Person, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.collection.insert(person);
      this.outbox.add(events);
    });
  }

  async update(person: Person, expectedVersion: number, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.collection, this.outbox.collection], () => {
      this.replace(person, expectedVersion);
      this.outbox.add(events);
    });
  }

  /** For a memoryTransaction that writes other records too. Refuses another centre's person as not found. */
  replace(person: Person, expectedVersion: number): void {
    if (!this.collection.findOne({ id: person.id, tenant: person.tenant })) throw new NotFoundError('people', person.id);
    this.collection.replaceVersioned(person, expectedVersion);
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
