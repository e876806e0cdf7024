import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import type { RawDocuments } from '../raw-documents';
import { describePersonRepositoryContract } from './person.repository.contract';
import { MongoPersonRepository } from './person.repository.mongo';

describeWithMongo('person repository', (connection) => {
  describePersonRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const keys = new TestCentreKeys();
    const people = new MongoPersonRepository(connection(), outbox, keys);
    const raw: RawDocuments = async (collection, id) => connection().collection<{ _id: string }>(collection).findOne({ _id: id });
    return prepareModels(connection(), { people, outbox, keys, raw });
  });
});
