import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import type { RawDocuments } from '../raw-documents';
import { describeConsentRepositoryContract } from './consent.repository.contract';
import { MongoConsentRepository } from './consent.repository.mongo';

describeWithMongo('consent repository', (connection) => {
  describeConsentRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const keys = new TestCentreKeys();
    const consents = new MongoConsentRepository(connection(), outbox, keys);
    const raw: RawDocuments = async (collection, id) => connection().collection<{ _id: string }>(collection).findOne({ _id: id });
    return prepareModels(connection(), { consents, outbox, keys, raw });
  });
});
