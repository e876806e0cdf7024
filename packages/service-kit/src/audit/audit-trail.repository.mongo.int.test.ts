import { describeWithMongo, prepareModels } from '@corredor/persistence';
import { describeAuditTrailStoreContract } from './audit-trail.repository.contract';
import { MongoAuditTrailStore } from './audit-trail.repository.mongo';

describeWithMongo('audit trail store', (connection) => {
  describeAuditTrailStoreContract('mongodb', async () => {
    const store = new MongoAuditTrailStore(connection());
    return prepareModels(connection(), {
      store,
      tamper: async (centre: string, seq: number, change: object) => {
        await store.model.updateOne({ centre, seq }, { $set: change });
      },
    });
  });
});
