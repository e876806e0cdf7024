import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MongoConsentRepository } from '../consents/consent.repository.mongo';
import { MongoIdempotencyRepository } from '../idempotency/idempotency.repository.mongo';
import { MongoPersonRepository } from '../people/person.repository.mongo';
import type { RawDocuments } from '../raw-documents';
import { MongoIntakeRecords } from './intake-records.mongo';
import { describeIntakeRepositoryContract } from './intake.repository.contract';
import { MongoIntakeRepository } from './intake.repository.mongo';

describeWithMongo('intake records', (connection) => {
  describeIntakeRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const centreKeys = new TestCentreKeys();
    const stores = {
      intakes: new MongoIntakeRepository(connection(), centreKeys),
      people: new MongoPersonRepository(connection(), outbox, centreKeys),
      consents: new MongoConsentRepository(connection(), outbox, centreKeys),
      idempotency: new MongoIdempotencyRepository(connection()),
      outbox,
    };
    const raw: RawDocuments = async (collection, id) => connection().collection<{ _id: string }>(collection).findOne({ _id: id });
    return prepareModels(connection(), { ...stores, keys: stores.idempotency, records: new MongoIntakeRecords(connection(), stores), centreKeys, raw });
  });
});
