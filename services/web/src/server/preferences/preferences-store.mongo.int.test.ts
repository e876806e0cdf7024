import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describePreferencesStoreContract } from './preferences-store.contract';
import { MongoPreferencesStore } from './preferences-store.mongo';

describeWithMongo('web preferences', (connection) => {
  describePreferencesStoreContract('mongodb', async () => prepareModels(connection(), new MongoPreferencesStore(connection())));
});
