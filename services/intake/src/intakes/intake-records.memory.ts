import { memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import type { MemoryConsentRepository } from '../consents/consent.repository.memory';
import type { MemoryIdempotencyRepository } from '../idempotency/idempotency.repository.memory';
import type { MemoryPersonRepository } from '../people/person.repository.memory';
import type { IntakeRecords, PersonRecordChanges } from './intake-records';
import type { MemoryIntakeRepository } from './intake.repository.memory';

export class MemoryIntakeRecords implements IntakeRecords {
  constructor(
    private readonly stores: {
      intakes: MemoryIntakeRepository;
      people: MemoryPersonRepository;
      consents: MemoryConsentRepository;
      idempotency: MemoryIdempotencyRepository;
      outbox: MemoryOutbox;
    },
  ) {}

  async save(changes: PersonRecordChanges): Promise<void> {
    const { intakes, people, consents, idempotency, outbox } = this.stores;
    memoryTransaction([idempotency.collection, people.collection, intakes.collection, consents.collection, outbox.collection], () => {
      if (changes.idempotency) idempotency.insert(changes.idempotency);
      if (changes.person) {
        const { record, expectedVersion } = changes.person;
        if (expectedVersion === null) people.collection.insert(record);
        else people.replace(record, expectedVersion);
      }
      if (changes.intake) intakes.collection.insert(changes.intake);
      for (const consent of changes.consents ?? []) consents.collection.insert(consent);
      outbox.add([...changes.events]);
    });
  }
}
