import { connectMongo, MongoOutbox } from '@corredor/persistence';
import type { Connection } from 'mongoose';
import { describeCaseRepositoryContract } from './case.repository.contract';
import { MongoCaseRepository } from './case.repository.mongo';

const url = process.env['MONGO_URL'];

(url ? describe : describe.skip)('MongoDB (MONGO_URL)', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connectMongo(`${url ?? ''}`.replace(/\/?(\?|$)/, `/corredor-case-test-${process.pid}$1`));
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });
  describeCaseRepositoryContract('mongodb', async () => {
    await connection.dropDatabase();
    const outbox = new MongoOutbox(connection);
    const cases = new MongoCaseRepository(connection, outbox);
    await Promise.all([cases.model.createCollection(), outbox.model.createCollection(), cases.model.syncIndexes()]);
    return { cases, outbox };
  });
});
