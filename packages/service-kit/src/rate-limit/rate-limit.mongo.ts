import type { Connection } from 'mongoose';
import { RateLimiterMongo } from 'rate-limiter-flexible';
import type { LimiterFactory } from './rate-limit-settings';

/**
 * Counters shared by every instance of a service, in one collection of its database (keyed by
 * hashes, expiring by a TTL index the limiter creates): `rate_limits` for the API's request limits,
 * `signin_throttle` for the centre service's sign-in throttle.
 */
export function mongoLimiterFactory(connection: Connection, collection = 'rate_limits'): LimiterFactory {
  return (options) => new RateLimiterMongo({ storeClient: connection.getClient(), dbName: connection.name, tableName: collection, ...options });
}
