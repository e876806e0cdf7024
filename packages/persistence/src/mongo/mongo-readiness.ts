import type { Connection } from 'mongoose';

/** MongoDB cannot serve this service safely; start-up stops. Names collections and indexes, never data or the URL. */
export class MongoSetupError extends Error {
  override readonly name = 'MongoSetupError';
}

/**
 * Why the server that answered `hello` cannot serve us, or null. Every write runs in a transaction,
 * and a standalone server refuses transactions: without this check each write would fail while
 * /readyz said ready.
 */
export function replicaSetProblem(hello: Record<string, unknown>): string | null {
  if (typeof hello['setName'] === 'string' && hello['setName'].length > 0) return null;
  return 'MongoDB is not a replica set member (its hello reply has no setName), so it cannot run transactions: start mongod with --replSet, initiate the set, and add replicaSet=<name> to MONGO_URL';
}

export async function assertReplicaSet(connection: Connection): Promise<void> {
  const db = connection.db;
  if (!db) throw new MongoSetupError('MongoDB connection is not open');
  const problem = replicaSetProblem(await db.admin().command({ hello: 1 }));
  if (problem) throw new MongoSetupError(problem);
}

/** What Model.diffIndexes reports: index names the database has and the schema lacks, key patterns the schema has and the database lacks. */
export interface IndexDiff {
  toDrop: unknown[];
  toCreate: unknown[];
}

/** mongoose's default name of an index: `field_1_other_-1`. */
function indexName(keys: unknown): string {
  if (typeof keys === 'string') return keys;
  if (typeof keys !== 'object' || keys === null) return String(keys);
  return Object.entries(keys).map(([field, direction]) => `${field}_${String(direction)}`).join('_');
}

/** The differences between a collection's indexes and its schema, each a sentence naming the collection and the index. */
export function indexProblems(collection: string, diff: IndexDiff): string[] {
  return [
    ...diff.toDrop.map((name) => `${collection}: index ${indexName(name)} is in the database but not in the schema (an old or conflicting index: drop it or declare it)`),
    ...diff.toCreate.map((keys) => `${collection}: index ${indexName(keys)} is declared by the schema but missing from the database`),
  ];
}

const INDEX_CONFLICT_CODES = new Set([85, 86]); // IndexOptionsConflict, IndexKeySpecsConflict

/** A createIndexes refusal because an existing index conflicts, as a sentence naming the collection and the index; null for any other error. */
export function indexConflictProblem(collection: string, error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'number' || !INDEX_CONFLICT_CODES.has(code)) return null;
  // The driver's message quotes the requested index spec: keep only its name (keys and options may carry values).
  const name = typeof message === 'string' ? /name: "([^"]+)"/.exec(message)?.[1] : undefined;
  return `${collection}: index ${name ?? '(unnamed)'} conflicts with an existing index of the same name or keys with other options: drop the old index`;
}

/**
 * Creates every registered model's collection and indexes, then checks that the database holds
 * exactly the indexes the schemas declare; refuses (MongoSetupError) otherwise. Runs before the
 * service listens: mongoose's background auto-indexing is off, because it reports nothing when an
 * old index with the same name stands in the way, and a unique index that silently is not there
 * lets duplicates in.
 */
export async function prepareIndexes(connection: Connection): Promise<void> {
  const problems: string[] = [];
  for (const model of Object.values(connection.models)) {
    const collection = model.collection.collectionName;
    await model.createCollection().catch((error: unknown) => {
      // Another replica of the service may have created it a moment ago.
      if ((error as { codeName?: unknown }).codeName !== 'NamespaceExists') throw error;
    });
    try {
      await model.createIndexes();
    } catch (error) {
      const conflict = indexConflictProblem(collection, error);
      if (!conflict) throw error;
      problems.push(conflict);
      continue;
    }
    problems.push(...indexProblems(collection, await model.diffIndexes()));
  }
  if (problems.length > 0) throw new MongoSetupError(`the database's indexes do not match the schemas:\n  ${problems.join('\n  ')}`);
}
