import { trusted } from '@corredor/persistence';
import type { CasePriority, CaseStatus, RiskScreen } from '@corredor/contracts';
import { afterPosition, type SortKey } from '@corredor/service-kit';
import { z } from 'zod';
import { PRIORITY_RANK, type Case } from './case.domain';

/**
 * How case lists are filtered, sorted and paged: one filter object for both adapters (MongoDB,
 * and mingo in memory), so they cannot disagree.
 */

export const CASE_SORTS = ['newest', 'oldest', 'priority'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/** A risk screen (every flag it raised) or one flag code. */
export type CaseFlagFilter = { screen: RiskScreen } | { flag: string };

export interface CaseFilters {
  status?: CaseStatus;
  priority?: CasePriority;
  /** A staff user id, or null for cases nobody holds. */
  assignee?: string | null;
  flag?: CaseFlagFilter;
  /** Only these cases (what the task-due filter found). */
  ids?: readonly string[];
}

/** The sort values of the last item of the previous page (see positionOf). */
export type CasePosition = readonly unknown[];

export interface CaseListQuery extends CaseFilters {
  sort: CaseSort;
  after: CasePosition | null;
  limit: number;
}

/**
 * Keyset sorts, the id last so no case is skipped or repeated between pages. Priority: most urgent
 * first, and within a priority the case waiting longest.
 */
const SORT_KEYS: Record<CaseSort, readonly SortKey[]> = {
  newest: [['openedAt', -1], ['id', -1]],
  oldest: [['openedAt', 1], ['id', 1]],
  priority: [['priorityRank', -1], ['openedAt', 1], ['id', 1]],
};

/** Stored next to the case so that a sort can rank priorities (their names do not sort by urgency). */
export const priorityRankOf = (kase: Pick<Case, 'priority'>): number => PRIORITY_RANK[kase.priority];

export function sortKeys(sort: CaseSort, idField: 'id' | '_id'): SortKey[] {
  return SORT_KEYS[sort].map(([field, direction]): SortKey => [field === 'id' ? idField : field, direction]);
}

/** The sort as a MongoDB/mingo sort document. */
export function sortDocument(sort: CaseSort, idField: 'id' | '_id'): Record<string, 1 | -1> {
  return Object.fromEntries(sortKeys(sort, idField));
}

export function positionOf(kase: Case, sort: CaseSort): CasePosition {
  return SORT_KEYS[sort].map(([field]) => (field === 'priorityRank' ? priorityRankOf(kase) : field === 'openedAt' ? kase.openedAt : kase.id));
}

/** What a cursor of each sort holds: the sort's name, then the position. Anything else is a cursor of another list. */
export const CURSOR_SCHEMAS = {
  newest: z.tuple([z.literal('newest'), z.coerce.date(), z.uuid()]),
  oldest: z.tuple([z.literal('oldest'), z.coerce.date(), z.uuid()]),
  priority: z.tuple([z.literal('priority'), z.number().int().min(0).max(2), z.coerce.date(), z.uuid()]),
} satisfies Record<CaseSort, z.ZodType<readonly unknown[]>>;

/** The filter of a list query, for documents whose id field is `idField`. */
export function listFilter(tenant: string, query: CaseListQuery, idField: 'id' | '_id'): Record<string, unknown> {
  return {
    tenant,
    ...(query.status === undefined ? {} : { status: query.status }),
    ...(query.priority === undefined ? {} : { priority: query.priority }),
    ...(query.assignee === undefined ? {} : { assignee: query.assignee }),
    ...(query.flag === undefined ? {} : 'screen' in query.flag ? { 'riskFlags.screen': query.flag.screen } : { 'riskFlags.flag': query.flag.flag }),
    ...(query.ids === undefined ? {} : { [idField]: trusted({ $in: [...query.ids] }) }),
    ...(query.after === null ? {} : afterPosition(sortKeys(query.sort, idField), query.after)),
  };
}
