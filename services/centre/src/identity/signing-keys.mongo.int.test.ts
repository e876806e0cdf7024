import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeSigningKeyStoreContract } from './signing-keys.contract';
import { MongoSigningKeyStore } from './signing-keys.mongo';

describeWithMongo('signing key store', (connection) => {
  describeSigningKeyStoreContract('mongodb', async () => prepareModels(connection(), new MongoSigningKeyStore(connection())));
});
