import { connectMongo, prepareIndexes } from '@corredor/persistence';
import { MongoPreferencesStore } from '../preferences/preferences-store.mongo';
import { MongoSessionStore } from '../sessions/session-store.mongo';

/** Sessions and preferences in MongoDB (MONGO_URL), their indexes (the sessions' TTL) made before anything is served. */
export async function openMongoStores(url: string, clock: () => Date) {
  const connection = await connectMongo(url);
  const stores = { sessions: new MongoSessionStore(connection, clock), preferences: new MongoPreferencesStore(connection) };
  await prepareIndexes(connection);
  return { ...stores, close: () => connection.close() };
}
