import { inTransaction, translateMongoError, type MongoOutbox } from '@corredor/persistence';
import type { Connection } from 'mongoose';
import type { MongoConsentRepository } from '../consents/consent.repository.mongo';
import type { MongoIdempotencyRepository } from '../idempotency/idempotency.repository.mongo';
import type { MongoPersonRepository } from '../people/person.repository.mongo';
import type { IntakeRecords, PersonRecordChanges } from './intake-records';
import type { MongoIntakeRepository } from './intake.repository.mongo';

export class MongoIntakeRecords implements IntakeRecords {
  constructor(
    private readonly connection: Connection,
    private readonly stores: {
      intakes: MongoIntakeRepository;
      people: MongoPersonRepository;
      consents: MongoConsentRepository;
      idempotency: MongoIdempotencyRepository;
      outbox: MongoOutbox;
    },
  ) {}

  async save(changes: PersonRecordChanges): Promise<void> {
    const { intakes, people, consents, idempotency, outbox } = this.stores;
    try {
      await inTransaction(this.connection, async (session) => {
        if (changes.idempotency) await idempotency.insert(changes.idempotency, session);
        if (changes.person) {
          const { record, expectedVersion } = changes.person;
          if (expectedVersion === null) await people.insert(record, session);
          else await people.replace(record, expectedVersion, session);
        }
        if (changes.intake) await intakes.insert(changes.intake, session);
        await consents.insert(changes.consents ?? [], session);
        if (changes.events.length > 0) await outbox.add([...changes.events], session);
      });
    } catch (error) {
      // The message names the collection and index of a duplicate key; the index names are unique across collections.
      throw translateMongoError(error, /collection: \S+?\.(\S+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? 'intake records');
    }
  }
}
