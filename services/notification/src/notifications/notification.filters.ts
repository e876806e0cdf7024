import { trusted } from '@corredor/persistence';
import type { SortKey } from '@corredor/service-kit';
import type { NotificationViewer } from './notification';
import type { NotificationPosition, NotificationQuery } from './notification.repository';

/**
 * The queries both adapters run, in MongoDB's language (mingo evaluates them in memory). `id`
 * names the id field: `id` in memory, `_id` in MongoDB. The operators are written here, never sent
 * by a client: each is marked `trusted` so MongoDB's filter sanitising keeps it (mingo ignores the mark).
 */
type IdField = 'id' | '_id';

export const notificationSort = (id: IdField): SortKey[] => [
  ['createdAt', -1],
  [id, 1],
];

/** Addressed to the viewer. Notifications stored before they had an audience were for everyone. */
export function addressedTo(viewer: NotificationViewer): Record<string, unknown> {
  return { $or: [{ 'audience.userId': viewer.userId }, { 'audience.roles': trusted({ $in: [...viewer.roles] }) }, { audience: trusted({ $exists: false }) }] };
}

/** Keyset "after this position"; equal dates as a range (under jest, mingo finds no date equal to another realm's). */
function after(position: NotificationPosition, id: IdField): Record<string, unknown> {
  const [createdAt, lastId] = position;
  return { $or: [{ createdAt: trusted({ $lt: createdAt }) }, { createdAt: trusted({ $gte: createdAt, $lte: createdAt }), [id]: trusted({ $gt: lastId }) }] };
}

export function listFilter(tenant: string, query: NotificationQuery, id: IdField): Record<string, unknown> {
  return {
    tenant,
    $and: [addressedTo(query.viewer), ...(query.after ? [after(query.after, id)] : [])],
    ...(query.unreadOnly ? { readBy: trusted({ $ne: query.viewer.userId }) } : {}),
  };
}

export const asSortObject = (sort: readonly SortKey[]): Record<string, 1 | -1> => Object.fromEntries(sort);
