import { describeAuditTrailStoreContract } from './audit-trail.repository.contract';
import { MemoryAuditTrailStore } from './audit-trail.repository.memory';

describeAuditTrailStoreContract('in-memory', async () => {
  const store = new MemoryAuditTrailStore();
  return {
    store,
    tamper: async (centre, seq, change) => {
      store.collection.updateWhere({ centre, seq }, (entry) => ({ ...entry, ...change }));
    },
  };
});
