import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeNetworkViewRepositoryContract } from './network-view.repository.contract';
import { MongoNetworkViewRepository } from './network-view.repository.mongo';

describeWithMongo('network-view repository', (connection) => {
  describeNetworkViewRepositoryContract('mongodb', () => prepareModels(connection(), new MongoNetworkViewRepository(connection())));
});
