import type { Connection } from 'mongoose';
import { connectMongo } from './mongo-connection';
import { prepareIndexes } from './mongo-readiness';

/**
 * For contract suites: `describe` that runs only when MONGO_URL is set (a replica set, for
 * transactions), with a throwaway database per test file, emptied before each test.
 */
export function describeWithMongo(name: string, body: (connection: () => Connection) => void): void {
  const url = process.env['MONGO_URL'];
  (url ? describe : describe.skip)(`${name} (MongoDB at MONGO_URL)`, () => {
    let connection: Connection | null = null;
    beforeAll(async () => {
      const database = `corredor-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
      connection = await connectMongo((url ?? '').replace(/\/?(\?|$)/, `/${database}$1`));
    });
    beforeEach(async () => {
      await connection?.dropDatabase();
    });
    afterAll(async () => {
      await connection?.dropDatabase();
      await connection?.close();
    });
    body(() => {
      if (!connection) throw new Error('MongoDB connection not ready');
      return connection;
    });
  });
}

/**
 * Creates the collections and indexes of every model registered on the connection, as a service's
 * start-up does: unique indexes must exist before the first write, and collections before a
 * transaction writes to them.
 */
export async function prepareModels<T>(connection: Connection, value: T): Promise<T> {
  await prepareIndexes(connection);
  return value;
}
