import type { Connection } from 'mongoose';
import { RateLimiterMongo } from 'rate-limiter-flexible';
import type { LimiterFactory } from './rate-limit-settings';

/**
 * Request counters shared by every instance of a service: in its `rate_limits` collection (keyed by
 * hashes, expiring by a TTL index the limiter creates).
 */
export function mongoLimiterFactory(connection: Connection): LimiterFactory {
  return (options) => new RateLimiterMongo({ storeClient: connection.getClient(), dbName: connection.name, tableName: 'rate_limits', ...options });
}
