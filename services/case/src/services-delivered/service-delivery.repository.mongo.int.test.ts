import { TestCentreKeys } from '@corredor/service-kit/testing';
import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeServiceDeliveryRepositoryContract } from './service-delivery.repository.contract';
import { MongoServiceDeliveryRepository } from './service-delivery.repository.mongo';

describeWithMongo('service delivery repository', (connection) => {
  describeServiceDeliveryRepositoryContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const services = new MongoServiceDeliveryRepository(connection(), outbox, new TestCentreKeys());
    return prepareModels(connection(), { services, outbox });
  });
});
