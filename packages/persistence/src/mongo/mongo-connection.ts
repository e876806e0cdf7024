import mongoose, { type ClientSession, type Connection } from 'mongoose';
import { DuplicateKeyError } from '../errors';

export async function connectMongo(url: string): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    serverSelectionTimeoutMS: 5000,
    // Personal data lives in these documents: never let mongoose buffer writes while disconnected.
    bufferCommands: false,
    autoIndex: true,
  });
  return connection.asPromise();
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

