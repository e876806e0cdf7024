import { describeWithMongo, MongoOutbox, prepareModels } from '@corredor/persistence';
import { describeSharingLedgerContract } from './sharing-ledger.repository.contract';
import { MongoSharingLedger } from './sharing-ledger.repository.mongo';

describeWithMongo('sharing ledger', (connection) => {
  describeSharingLedgerContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const ledger = await prepareModels(connection(), new MongoSharingLedger(connection(), outbox));
    return { ledger, pending: () => outbox.pending(100) };
  });
});
