import type { OutboxRecord } from '@corredor/messaging';
import { inTransaction, NotFoundError, translateMongoError, trusted, type MongoOutbox } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { MongoConsentRepository } from '../consents/consent.repository.mongo';
import type { MongoIdempotencyRepository } from '../idempotency/idempotency.repository.mongo';
import type { ErasedRecords, PersonErasure } from '../people/person-erasure.domain';
import type { MongoPersonRepository } from '../people/person.repository.mongo';
import type { IntakeRecords, PersonRecordChanges } from './intake-records';
import type { MongoIntakeRepository } from './intake.repository.mongo';

type ErasureDocument = Omit<PersonErasure, 'id'> & { _id: string };

// Nothing personal: the random id, the tenant, a reason code, a staff account and a date.
const erasureSchema = new Schema<ErasureDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    reason: { type: String, required: true },
    erasedBy: { type: String, required: true },
    erasedAt: { type: Date, required: true },
  },
  { collection: 'person_erasures', versionKey: false },
);

export class MongoIntakeRecords implements IntakeRecords {
  readonly erasures: Model<ErasureDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly stores: {
      intakes: MongoIntakeRepository;
      people: MongoPersonRepository;
      consents: MongoConsentRepository;
      idempotency: MongoIdempotencyRepository;
      outbox: MongoOutbox;
    },
  ) {
    this.erasures = connection.models['PersonErasure'] ?? connection.model<ErasureDocument>('PersonErasure', erasureSchema);
  }

  async save(changes: PersonRecordChanges): Promise<void> {
    const { intakes, people, consents, idempotency, outbox } = this.stores;
    const person = changes.person ? { stored: people.codec.encode(changes.person.record), expectedVersion: changes.person.expectedVersion } : null;
    try {
      await inTransaction(this.connection, async (session) => {
        if (changes.idempotency) await idempotency.insert(changes.idempotency, session);
        if (person) {
          if (person.expectedVersion === null) await people.insert(person.stored, session);
          else await people.replace(person.stored, person.expectedVersion, session);
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

  async erase(erasure: PersonErasure, events: readonly OutboxRecord[]): Promise<ErasedRecords> {
    const { intakes, people, consents, idempotency, outbox } = this.stores;
    const { id: personId, ...rest } = erasure;
    const { tenant } = erasure;
    try {
      return await inTransaction(this.connection, async (session) => {
        const removed = await people.model.deleteOne({ _id: personId, tenant }, { session });
        if (removed.deletedCount === 0) throw new NotFoundError('people', personId);
        const intakeIds = await intakes.idsOfPerson(tenant, personId, session);
        const erased = {
          intakes: (await intakes.model.deleteMany({ tenant, personId }, { session })).deletedCount,
          consents: (await consents.model.deleteMany({ tenant, personId }, { session })).deletedCount,
          idempotencyKeys: intakeIds.length === 0 ? 0 : (await idempotency.model.deleteMany({ tenant, resourceId: trusted({ $in: intakeIds }) }, { session })).deletedCount,
        };
        await this.erasures.create([{ _id: personId, ...rest }], { session });
        if (events.length > 0) await outbox.add([...events], session);
        return erased;
      });
    } catch (error) {
      throw translateMongoError(error, /collection: \S+?\.(\S+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? 'intake records');
    }
  }

  async erasureOf(tenant: string, personId: string): Promise<PersonErasure | null> {
    const doc = await this.erasures.findOne({ _id: personId, tenant }).lean<ErasureDocument>();
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { id: _id, ...rest };
  }
}
