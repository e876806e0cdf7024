import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { cursorPaging } from '../ui/cursor-paging';

/** How many of each list Today shows at first: the screen is a glance; "more" is there for a long day. */
export const TODAY_PAGE = 10;

/** My open tasks: overdue ones, or due today (the centre's calendar). */
export const myTasks = (due: 'overdue' | 'today') =>
  infiniteQueryOptions({
    queryKey: ['case', 'tasks', { assignee: 'me', status: 'open', due }],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.case.GET('/tasks', { params: { query: { assignee: 'me', status: 'open', due, limit: TODAY_PAGE, cursor: pageParam } }, signal })),
    ...cursorPaging,
  });

/** Open cases nobody has started on yet, newest first; `high`: only the high-priority ones. */
export const newCases = (priority: 'high' | 'any') =>
  infiniteQueryOptions({
    queryKey: ['case', 'cases', { status: 'open', sort: 'newest', priority }],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.case.GET('/cases', {
          params: { query: { status: 'open', sort: 'newest', ...(priority === 'high' ? { priority } : {}), limit: TODAY_PAGE, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPaging,
  });

/** What the person has not read yet, newest first. */
export const unreadNotifications = () =>
  infiniteQueryOptions({
    queryKey: ['notification', 'notifications', { unread: true }],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.notification.GET('/notifications', { params: { query: { unread: 'true', limit: TODAY_PAGE, cursor: pageParam } }, signal })),
    ...cursorPaging,
  });

export const markRead = (id: string) => unwrap(api.notification.POST('/notifications/{id}/read', { params: { path: { id } } }));
