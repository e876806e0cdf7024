import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { MongoConsentRepository } from '../consents/consent.repository.mongo';
import { MongoIdempotencyRepository } from '../idempotency/idempotency.repository.mongo';
import { MongoPersonRepository } from '../people/person.repository.mongo';
import { MongoIntakeRecords } from './intake-records.mongo';
import { describeIntakeRepositoryContract } from './intake.repository.contract';
import { MongoIntakeRepository } from './intake.repository.mongo';

describeWithMongo('intake records', (connection) => {
  describeIntakeRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const stores = {
      intakes: new MongoIntakeRepository(connection()),
      people: new MongoPersonRepository(connection(), outbox),
      consents: new MongoConsentRepository(connection(), outbox),
      idempotency: new MongoIdempotencyRepository(connection()),
      outbox,
    };
    return prepareModels(connection(), { ...stores, keys: stores.idempotency, records: new MongoIntakeRecords(connection(), stores) });
  });
});
