import { CENTRE_STAFF_ROLES, DomainError } from '@corredor/contracts';
import { ApiRoutes, principalOf, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { NOTIFICATION_LANGUAGES, type Notification } from './notification';
import type { NotificationRepository } from './notification.repository';

const listQuery = z.object({
  unread: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const params = z.object({ id: z.uuid('not a notification id') });

const notificationView = z
  .object({
    id: z.uuid(),
    kind: z.literal('case.opened'),
    title: z.string(),
    language: z.enum(NOTIFICATION_LANGUAGES),
    caseId: z.uuid(),
    createdAt: z.iso.datetime(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });

function view(notification: Notification, userId: string): z.infer<typeof notificationView> {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    language: notification.language,
    caseId: notification.caseId,
    createdAt: notification.createdAt.toISOString(),
    read: notification.readBy.includes(userId),
  };
}

export function notificationRoutes(api: ApiRoutes, deps: { notifications: NotificationRepository }): void {
  api.get(
    '/notifications',
    {
      summary: "The centre's notifications, newest first",
      tag: 'Notifications',
      roles: CENTRE_STAFF_ROLES,
      query: listQuery,
      responses: { 200: { description: 'Notifications', schema: z.object({ items: z.array(notificationView) }) } },
    },
    async (_req, res) => {
      const { unread, limit } = valid(res, 'query', listQuery);
      const principal = principalOf(res);
      const items = await deps.notifications.list(principal.centre, { limit, ...(unread === 'true' ? { unreadBy: principal.userId } : {}) });
      res.json({ items: items.map((n) => view(n, principal.userId)) });
    },
  );

  api.post(
    '/notifications/:id/read',
    {
      summary: 'Marks a notification read for the caller',
      tag: 'Notifications',
      roles: CENTRE_STAFF_ROLES,
      params,
      responses: { 204: { description: 'Marked read' } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const found = await deps.notifications.markRead(principal.centre, valid(res, 'params', params).id, principal.userId);
      if (!found) throw new DomainError('NOTIFICATION.NOT_FOUND', 'not-found', 'No such notification at this centre.');
      res.status(204).end();
    },
  );
}
