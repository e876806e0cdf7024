import type { ClientSession, Model } from 'mongoose';
import { NotFoundError, VersionConflictError } from '../errors';

/**
 * Replaces a versioned document if it is still at `expectedVersion`, inside the caller's
 * transaction; the stored version becomes expectedVersion + 1. The MongoDB twin of
 * MemoryCollection.replaceVersioned: a stale write is a VersionConflictError, a missing document a
 * NotFoundError. `scope` narrows the match (the tenant), so another centre's document is "missing".
 */
export async function replaceVersioned<D extends { _id: string }>(
  model: Model<D>,
  collection: string,
  doc: D,
  expectedVersion: number,
  session: ClientSession,
  scope: Record<string, string> = {},
): Promise<void> {
  const { _id, ...rest } = doc;
  const result = await model.replaceOne({ _id, ...scope, version: expectedVersion }, { ...rest, version: expectedVersion + 1 }, { session });
  if (result.matchedCount === 0) {
    const exists = await model.exists({ _id, ...scope }).session(session);
    throw exists ? new VersionConflictError(collection, _id, expectedVersion) : new NotFoundError(collection, _id);
  }
}
