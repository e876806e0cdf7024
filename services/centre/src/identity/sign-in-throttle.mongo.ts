import type { Connection } from 'mongoose';
import { RateLimiterMongo } from 'rate-limiter-flexible';
import type { LimiterFactory } from './sign-in-throttle';

/**
 * Sign-in throttling shared by every instance: counters in the `signin_throttle` collection
 * (keyed by HMACs, expiring by a TTL index the limiter creates).
 */
export function mongoLimiterFactory(connection: Connection): LimiterFactory {
  return (options) => new RateLimiterMongo({ storeClient: connection.getClient(), dbName: connection.name, tableName: 'signin_throttle', ...options });
}
