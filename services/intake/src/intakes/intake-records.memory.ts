import type { OutboxRecord } from '@corredor/messaging';
import { MemoryCollection, memoryTransaction, NotFoundError, type MemoryOutbox } from '@corredor/persistence';
import type { MemoryConsentRepository } from '../consents/consent.repository.memory';
import type { MemoryIdempotencyRepository } from '../idempotency/idempotency.repository.memory';
import type { ErasedRecords, PersonErasure } from '../people/person-erasure.domain';
import type { MemoryPersonRepository } from '../people/person.repository.memory';
import type { IntakeRecords, PersonRecordChanges } from './intake-records';
import type { MemoryIntakeRepository } from './intake.repository.memory';

export class MemoryIntakeRecords implements IntakeRecords {
  readonly erasures = new MemoryCollection<PersonErasure>('person_erasures');

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
    // Sealed before the transaction, as the MongoDB adapter stores them.
    const person = changes.person ? { stored: people.codec.encode(changes.person.record), expectedVersion: changes.person.expectedVersion } : null;
    const intake = changes.intake ? intakes.codec.encode(changes.intake) : null;
    const given = (changes.consents ?? []).map((consent) => consents.codec.encode(consent));
    memoryTransaction([idempotency.collection, people.collection, intakes.collection, consents.collection, outbox.collection], () => {
      if (changes.idempotency) idempotency.insert(changes.idempotency);
      if (person) {
        if (person.expectedVersion === null) people.collection.insert(person.stored);
        else people.replace(person.stored, person.expectedVersion);
      }
      if (intake) intakes.collection.insert(intake);
      for (const consent of given) consents.collection.insert(consent);
      outbox.add([...changes.events]);
    });
  }

  async erase(erasure: PersonErasure, events: readonly OutboxRecord[]): Promise<ErasedRecords> {
    const { intakes, people, consents, idempotency, outbox } = this.stores;
    const { tenant, id: personId } = erasure;
    return memoryTransaction([people.collection, intakes.collection, consents.collection, idempotency.collection, this.erasures, outbox.collection], () => {
      if (people.collection.deleteWhere({ id: personId, tenant }) === 0) throw new NotFoundError('people', personId);
      const intakeIds = intakes.collection.find({ tenant, personId }).map((intake) => intake.id);
      const erased = {
        intakes: intakes.collection.deleteWhere({ tenant, personId }),
        consents: consents.collection.deleteWhere({ tenant, personId }),
        idempotencyKeys: intakeIds.length === 0 ? 0 : idempotency.collection.deleteWhere({ tenant, resourceId: { $in: intakeIds } }),
      };
      this.erasures.insert(erasure);
      outbox.add([...events]);
      return erased;
    });
  }

  async erasureOf(tenant: string, personId: string): Promise<PersonErasure | null> {
    return this.erasures.findOne({ id: personId, tenant }) ?? null;
  }
}
