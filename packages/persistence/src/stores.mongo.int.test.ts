import { describeWithMongo, prepareModels } from './mongo/mongo-test-database';
import { inTransaction } from './mongo/mongo-connection';
import { MongoOutbox } from './mongo/mongo-outbox';
import { MongoProcessedEvents } from './mongo/mongo-processed-events';
import type { OutboxRecord } from '@corredor/messaging';
import { describeStoreContract } from './stores.contract';

describeWithMongo('outbox and processed events', (connection) => {
  describeStoreContract('mongodb', async () => {
    const outbox = new MongoOutbox(connection());
    const processed = new MongoProcessedEvents(connection());
    return prepareModels(connection(), { outbox, addToOutbox: (records: OutboxRecord[]) => inTransaction(connection(), (session) => outbox.add(records, session)), processed });
  });
});
