import type { Connection } from 'mongoose';
import { connectMongo, inTransaction } from './mongo/mongo-connection';
import { MongoOutbox } from './mongo/mongo-outbox';
import { MongoProcessedEvents } from './mongo/mongo-processed-events';
import { describeStoreContract } from './stores.contract';

const url = process.env['MONGO_URL'];
const describeMongo = url ? describe : describe.skip;

describeMongo('MongoDB adapters (MONGO_URL)', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connectMongo(`${url ?? ''}`.replace(/\/?(\?|$)/, `/corredor-test-${process.pid}$1`));
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  describeStoreContract('mongodb', async () => {
    await connection.dropDatabase();
    const outbox = new MongoOutbox(connection);
    await outbox.model.createCollection();
    const processed = new MongoProcessedEvents(connection);
    return { outbox, addToOutbox: (records) => inTransaction(connection, (session) => outbox.add(records, session)), processed };
  });
});
