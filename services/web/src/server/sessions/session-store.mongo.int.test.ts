import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeSessionStoreContract, steppingClock } from './session-store.contract';
import { MongoSessionStore } from './session-store.mongo';

describeWithMongo('web sessions', (connection) => {
  describeSessionStoreContract('mongodb', async () => {
    const { clock, advance } = steppingClock();
    const store = new MongoSessionStore(connection(), clock);
    return prepareModels(connection(), { store, now: clock, advance });
  });
});
