import { DomainError, staffRoleSchema } from '@corredor/contracts';
import { decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid, type ApiRoutes } from '@corredor/service-kit';
import { z } from 'zod';
import { NOTIFICATION_KINDS, NOTIFICATION_LANGUAGES, NOTIFICATION_PRIORITIES, type Notification, type NotificationViewer } from './notification';
import type { NotificationRepository } from './notification.repository';

const listQuery = pageQuery({ defaultLimit: 50, maxLimit: 200 }).extend({
  unread: z.enum(['true', 'false']).default('false').meta({ description: 'true: only what the caller has not read' }),
});
const params = z.object({ id: z.uuid('not a notification id') });
const cursorSchema = z.tuple([z.coerce.date(), z.uuid()]);

const notificationView = z
  .object({
    id: z.uuid(),
    kind: z.enum(NOTIFICATION_KINDS),
    title: z.string().meta({ description: "Names the event, never the person, in the centre's language" }),
    language: z.enum(NOTIFICATION_LANGUAGES),
    priority: z.enum(NOTIFICATION_PRIORITIES),
    audience: z
      .object({ roles: z.array(staffRoleSchema), userId: z.string().nullable() })
      .meta({ description: 'Who it is for: staff with one of the roles, and/or one member of staff' }),
    caseId: z.uuid().nullable().meta({ description: 'The case at this centre it is about; null for a transfer request' }),
    taskId: z.uuid().nullable(),
    transferId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    read: z.boolean().meta({ description: 'Read by the caller' }),
  })
  .meta({ id: 'Notification' });

function view(notification: Notification, userId: string): z.infer<typeof notificationView> {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    language: notification.language,
    priority: notification.priority,
    audience: notification.audience,
    caseId: notification.caseId,
    taskId: notification.taskId,
    transferId: notification.transferId,
    createdAt: notification.createdAt.toISOString(),
    read: notification.readBy.includes(userId),
  };
}

export function notificationRoutes(api: ApiRoutes, deps: { notifications: NotificationRepository }): void {
  api.get(
    '/notifications',
    {
      summary: "The caller's notifications (addressed to them or to one of their roles), newest first",
      tag: 'Notifications',
      query: listQuery,
      responses: { 200: { description: 'Notifications', schema: pageSchema(notificationView) } },
    },
    async (_req, res) => {
      const { unread, limit, cursor } = valid(res, 'query', listQuery);
      const principal = principalOf(res);
      const viewer: NotificationViewer = { userId: principal.userId, roles: principal.roles };
      const fetched = await deps.notifications.list(principal.centre, { viewer, unreadOnly: unread === 'true', after: decodeCursor(cursor, cursorSchema), limit: limit + 1 });
      const page = toPage(fetched, limit, (n) => [n.createdAt, n.id]);
      res.json({ items: page.items.map((n) => view(n, principal.userId)), nextCursor: page.nextCursor });
    },
  );

  api.post(
    '/notifications/:id/read',
    {
      summary: 'Marks a notification read for the caller',
      tag: 'Notifications',
      params,
      responses: { 204: { description: 'Marked read' } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const found = await deps.notifications.markRead(principal.centre, valid(res, 'params', params).id, { userId: principal.userId, roles: principal.roles });
      if (!found) throw new DomainError('NOTIFICATION.NOT_FOUND', 'not-found', 'No such notification for you at this centre.');
      res.status(204).end();
    },
  );
}
