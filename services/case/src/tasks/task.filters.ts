import { trusted } from '@corredor/persistence';
import { afterPosition, type SortKey } from '@corredor/service-kit';
import type { TaskReminder } from './task.domain';
import { REMINDER_CLEARS, type CentreTaskPosition, type CaseTaskPosition, type CentreTaskQuery, type TaskTimelineField } from './task.repository';

/**
 * The queries both task adapters run, in MongoDB's language (the memory adapter evaluates them
 * with mingo), so the two cannot drift apart. `id` names the id field: `id` in memory, `_id` in MongoDB.
 */
export type IdField = 'id' | '_id';

export const caseTaskSort = (id: IdField): SortKey[] => [
  ['rank', 1],
  ['dueFrom', 1],
  [id, 1],
];
export const centreTaskSort = (id: IdField): SortKey[] => [
  ['dueFrom', 1],
  [id, 1],
];
export const asSortObject = (sort: readonly SortKey[]): Record<string, 1 | -1> => Object.fromEntries(sort);

export function caseTasksFilter(tenant: string, caseId: string, after: CaseTaskPosition | null, id: IdField): Record<string, unknown> {
  return { tenant, caseId, ...(after ? afterPosition(caseTaskSort(id), after) : {}) };
}

export function centreTasksFilter(tenant: string, query: CentreTaskQuery, after: CentreTaskPosition | null, id: IdField): Record<string, unknown> {
  return {
    tenant,
    ...(query.status ? { status: query.status } : {}),
    ...(query.assignee === undefined ? {} : { assignee: query.assignee }),
    // Only open tasks are overdue: asked for done or cancelled ones, it finds none.
    ...(query.overdueAt ? { status: query.status === undefined || query.status === 'open' ? 'open' : trusted({ $in: [] }), overdueFrom: trusted({ $lte: query.overdueAt }) } : {}),
    ...(query.dueOn ? { dueOn: trusted({ $gte: query.dueOn.from, $lte: query.dueOn.to }) } : {}),
    ...(after ? afterPosition(centreTaskSort(id), after) : {}),
  };
}

export function remindersDueFilter(now: Date, after: string | null, id: IdField): Record<string, unknown> {
  return {
    status: 'open',
    $or: [{ 'reminders.dueNoticeAt': trusted({ $ne: null, $lte: now }) }, { 'reminders.overdueNoticeAt': trusted({ $ne: null, $lte: now }) }],
    ...(after === null ? {} : { [id]: trusted({ $gt: after }) }),
  };
}

/** Matches only while the claimed reminder is still pending for that due date on an open task. */
export function claimFilter(claim: { tenant: string; id: string; reminder: TaskReminder; revision: number }, id: IdField): Record<string, unknown> {
  const pending = claim.reminder === 'due' ? 'reminders.dueNoticeAt' : 'reminders.overdueNoticeAt';
  return { [id]: claim.id, tenant: claim.tenant, status: 'open', 'reminders.revision': claim.revision, [pending]: trusted({ $ne: null }) };
}

export const claimClears = (reminder: TaskReminder): Record<string, null> =>
  Object.fromEntries(REMINDER_CLEARS[reminder].map((field) => [`reminders.${field}`, null]));

export function timelineFilter(
  tenant: string,
  caseId: string,
  field: TaskTimelineField,
  before: { at: Date; idAtMost: string } | null,
  id: IdField,
): Record<string, unknown> {
  return {
    tenant,
    caseId,
    [field]: trusted({ $ne: null }),
    ...(before ? { $or: [{ [field]: trusted({ $lt: before.at }) }, { [field]: before.at, [id]: trusted({ $lte: before.idAtMost }) }] } : {}),
  };
}

export const timelineSort = (field: TaskTimelineField, id: IdField): Record<string, 1 | -1> => ({ [field]: -1, [id]: -1 });

export function dueBeforeFilter(tenant: string, before: Date): Record<string, unknown> {
  return { tenant, status: 'open', dueFrom: trusted({ $lt: before }) };
}
