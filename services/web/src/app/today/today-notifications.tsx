import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/generated/notification';
import { useFormat } from '../i18n/format';
import { Badge } from '../ui/badge';
import { itemsOf } from '../ui/cursor-paging';
import { ErrorMessage } from '../ui/query-state';
import { Status } from '../ui/status';
import { caseLink } from './today-lists';
import { TodayList } from './today-list';
import { markRead, unreadNotifications } from './today.queries';

type Notification = components['schemas']['Notification'];

// The service words a notification in the centre's language; staff read it in theirs, from its kind.
const KINDS = {
  'case.opened': 'notifications.kind.opened',
  'case.high-risk': 'notifications.kind.high-risk',
  'case.closure-requested': 'notifications.kind.closure-requested',
  'case.assigned': 'notifications.kind.assigned',
  'case.task-due': 'notifications.kind.task-due',
  'case.task-overdue': 'notifications.kind.task-overdue',
  'case.transfer-requested': 'notifications.kind.transfer-requested',
  'case.transfer-accepted': 'notifications.kind.transfer-accepted',
  'case.transfer-declined': 'notifications.kind.transfer-declined',
} as const satisfies Record<Notification['kind'], string>;

/** What the person has not read: each leads to its case; reading it there, or "mark as read", takes it off. */
export function TodayNotifications() {
  const { t } = useTranslation('today');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const queries = useQueryClient();
  const unread = useInfiniteQuery(unreadNotifications());
  const [done, setDone] = useState('');
  const mark = useMutation({
    mutationFn: markRead,
    onSuccess: (_none, id) => {
      queries.setQueryData(unreadNotifications().queryKey, (data) =>
        data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== id) })) } : data,
      );
      void queries.invalidateQueries({ queryKey: ['notification', 'notifications'] });
    },
  });
  const items = itemsOf(unread.data);
  const markFromButton = (id: string) => {
    setDone('');
    mark.mutate(id, {
      // The button goes with its notification: the focus goes back to the list's heading, not the page's start.
      onSuccess: () => {
        setDone(t('notifications.marked'));
        heading.current?.focus();
      },
    });
  };
  return (
    <section className="card today-notifications" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('notifications.title')}
      </h2>
      {mark.isError ? <ErrorMessage error={mark.error} /> : null}
      <Status message={done} tone="success" />
      <TodayList query={unread} items={items} label={t('notifications.title')} empty={t('notifications.empty')}>
        {(notification) => <NotificationItem notification={notification} pending={mark.isPending && mark.variables === notification.id} onRead={markFromButton} onOpen={(id) => mark.mutate(id)} />}
      </TodayList>
    </section>
  );
}

function NotificationItem({
  notification,
  pending,
  onRead,
  onOpen,
}: {
  notification: Notification;
  pending: boolean;
  onRead: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const what = t(KINDS[notification.kind]);
  const link = caseLink(notification.caseId);
  return (
    <>
      {link ? (
        <Link className="item-title" to={link} onClick={() => onOpen(notification.id)}>
          {what}
        </Link>
      ) : (
        <span className="item-title">{what}</span>
      )}
      <span className="item-meta">{format.dateTime(notification.createdAt)}</span>
      {notification.priority === 'high' ? (
        <span className="item-badges">
          <Badge tone="danger">{t('notifications.urgent')}</Badge>
        </span>
      ) : null}
      <span className="item-actions">
        <button
          type="button"
          className="secondary small"
          aria-disabled={pending}
          onClick={() => {
            if (!pending) onRead(notification.id);
          }}
        >
          {t('notifications.markRead')}
          <span className="visually-hidden">{t('notifications.markReadWhich', { what, when: format.dateTime(notification.createdAt) })}</span>
        </button>
      </span>
    </>
  );
}
