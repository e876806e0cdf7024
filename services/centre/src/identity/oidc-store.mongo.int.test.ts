import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeOidcStoreContract, steppingClock } from './oidc-store.contract';
import { MongoOidcStore } from './oidc-store.mongo';

describeWithMongo('oidc store', (connection) => {
  describeOidcStoreContract('mongodb', async () => {
    const { clock, advance } = steppingClock();
    const store = new MongoOidcStore(connection(), clock);
    return prepareModels(connection(), { store, advance });
  });
});
