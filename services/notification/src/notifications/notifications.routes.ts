import { CENTRE_STAFF_ROLES, DomainError } from '@corredor/contracts';
import { principalOf, requireRole, valid, validate } from '@corredor/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import type { Notification } from './notification';
import type { NotificationRepository } from './notification.repository';

const listQuery = z.object({
  unread: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const params = z.object({ id: z.uuid('not a notification id') });

function view(notification: Notification, userId: string) {
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

export function notificationsRouter(deps: { notifications: NotificationRepository }): Router {
  const router = Router();
  const staff = requireRole(...CENTRE_STAFF_ROLES);

  router.get('/notifications', staff, validate({ query: listQuery }), async (_req, res) => {
    const { unread, limit } = valid(res, 'query', listQuery);
    const principal = principalOf(res);
    const items = await deps.notifications.list(principal.centre, { limit, ...(unread === 'true' ? { unreadBy: principal.userId } : {}) });
    res.json({ items: items.map((n) => view(n, principal.userId)) });
  });

  router.post('/notifications/:id/read', staff, validate({ params }), async (_req, res) => {
    const principal = principalOf(res);
    const found = await deps.notifications.markRead(principal.centre, valid(res, 'params', params).id, principal.userId);
    if (!found) throw new DomainError('NOTIFICATION.NOT_FOUND', 'not-found', 'No such notification at this centre.');
    res.status(204).end();
  });

  return router;
}
