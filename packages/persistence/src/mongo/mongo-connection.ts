import mongoose, { type ClientSession, type Connection } from 'mongoose';
import { DuplicateKeyError } from '../errors';
import { assertReplicaSet } from './mongo-readiness';

/**
 * Opens a connection and checks that the server is a replica set member (transactions). Filters are
 * sanitised: an object with `$` keys in a filter value is compared with `$eq`, not run as an
 * operator, so a client's `{"$ne": null}` cannot widen a query; operators written by our code are
 * marked with `trusted()`. A filter on a path the schema lacks throws (`strictQuery: 'throw'`)
 * instead of being dropped, which would widen the query. Indexes are created by prepareIndexes at
 * start-up, not in the background.
 */
export async function connectMongo(url: string): Promise<Connection> {
  const connection = hardenConnection(
    mongoose.createConnection(url, {
      serverSelectionTimeoutMS: 5000,
      // Personal data lives in these documents: never let mongoose buffer writes while disconnected.
      bufferCommands: false,
      autoIndex: false,
    }),
  );
  await connection.asPromise();
  try {
    await assertReplicaSet(connection);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}

/** Filter sanitising on the connection, and strictQuery 'throw' (read by every query at execution, so schemas compiled earlier are covered). */
export function hardenConnection(connection: Connection): Connection {
  mongoose.set('strictQuery', 'throw');
  connection.set('sanitizeFilter', true);
  return connection;
}

/** Marks a filter written by our code (an operator such as `{ $in: ids }`) so that filter sanitising leaves it alone. */
export function trusted<T extends object>(operator: T): T {
  return mongoose.trusted(operator);
}

export async function isMongoReachable(connection: Connection): Promise<boolean> {
  try {
    await connection.db?.admin().ping();
    return connection.readyState === 1;
  } catch {
    return false;
  }
}

/** Runs `work` in a MongoDB transaction (needs a replica set; docker compose starts a single-node one). */
export async function inTransaction<R>(connection: Connection, work: (session: ClientSession) => Promise<R>): Promise<R> {
  return connection.transaction(work);
}

function isDuplicateKey(error: unknown): error is { code: 11000; message: string } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/** Maps driver errors to the same errors the in-memory adapters throw. */
export function translateMongoError(error: unknown, collection: string): unknown {
  if (isDuplicateKey(error)) {
    const index = /index: (\S+)/.exec(error.message)?.[1] ?? 'unique';
    return new DuplicateKeyError(collection, index);
  }
  return error;
}

