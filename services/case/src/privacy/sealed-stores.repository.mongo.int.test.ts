import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { TestCentreKeys } from '@corredor/service-kit/testing';
import { MongoCaseRepository } from '../cases/case.repository.mongo';
import { MongoConsentRepository } from '../consents/consent.repository.mongo';
import { MongoLabourClaimRepository } from '../labour-justice/labour-claim.repository.mongo';
import { MongoServiceDeliveryRepository } from '../services-delivered/service-delivery.repository.mongo';
import { MongoTaskRepository } from '../tasks/task.repository.mongo';
import { MongoTransferRepository } from '../transfers/transfer.repository.mongo';
import { describeSealedStoresContract } from './sealed-stores.repository.contract';

type Doc = Record<string, unknown>;

describeWithMongo('case-service stores at rest', (connection) => {
  describeSealedStoresContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const keys = new TestCentreKeys();
    const stores = {
      cases: new MongoCaseRepository(connection(), outbox, keys),
      tasks: new MongoTaskRepository(connection(), outbox, keys),
      services: new MongoServiceDeliveryRepository(connection(), outbox, keys),
      claims: new MongoLabourClaimRepository(connection(), outbox, keys),
      transfers: new MongoTransferRepository(connection(), outbox, keys),
      consents: new MongoConsentRepository(connection()),
    };
    await prepareModels(connection(), { outbox });
    const all = (name: string) => connection().collection(name).find({}).sort({ _id: 1 }).toArray() as Promise<Doc[]>;
    return {
      ...stores,
      raw: async () => ({
        cases: await all('cases'),
        tasks: await all('tasks'),
        case_services: await all('case_services'),
        labour_claims: await all('labour_claims'),
        transfers: await all('transfers'),
        consents: await all('person_consents'),
      }),
    };
  });
});
