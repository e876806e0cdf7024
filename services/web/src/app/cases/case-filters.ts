import type { CasePriority, CaseSort, CasesQuery, CaseStatus, RiskScreen, TaskDueFilter } from './case-api.types';
import { codesOf, PRIORITY_LABEL, SCREEN_LABEL, SORT_LABEL, STATUS_LABEL, TASK_DUE_LABEL } from './case-labels';

/**
 * The case list's filters, as the screen holds them and as the address bar keeps them (so a
 * filtered list can be bookmarked, shared with a colleague and survives a reload). Only codes go
 * into the address: never an alias or anything else about a person.
 */
export interface CaseFilters {
  status?: CaseStatus;
  priority?: CasePriority;
  /** Mine, or nobody's; absent: everyone's. */
  assignee?: 'me' | 'none';
  /** Cases with any flag of this screen. */
  risk?: RiskScreen;
  taskDue?: TaskDueFilter;
  sort: CaseSort;
}

export const DEFAULT_SORT: CaseSort = 'newest';
export const PAGE_SIZE = 25;

const STATUSES = codesOf(STATUS_LABEL);
const PRIORITIES = codesOf(PRIORITY_LABEL);
const SCREENS = codesOf(SCREEN_LABEL);
const SORTS = codesOf(SORT_LABEL);
const TASK_DUE = codesOf(TASK_DUE_LABEL);
const ASSIGNEES = ['me', 'none'] as const;

const oneOf = <Code extends string>(codes: readonly Code[], value: string | null): Code | undefined =>
  value !== null && (codes as readonly string[]).includes(value) ? (value as Code) : undefined;

/** The filters an address asks for; anything unknown (an old bookmark, a typo) is left out rather than sent. */
export function filtersFromSearch(search: URLSearchParams): CaseFilters {
  const filters: CaseFilters = { sort: oneOf(SORTS, search.get('sort')) ?? DEFAULT_SORT };
  const status = oneOf(STATUSES, search.get('status'));
  const priority = oneOf(PRIORITIES, search.get('priority'));
  const assignee = oneOf(ASSIGNEES, search.get('assignee'));
  const risk = oneOf(SCREENS, search.get('risk'));
  const taskDue = oneOf(TASK_DUE, search.get('taskDue'));
  if (status) filters.status = status;
  if (priority) filters.priority = priority;
  if (assignee) filters.assignee = assignee;
  if (risk) filters.risk = risk;
  if (taskDue) filters.taskDue = taskDue;
  return filters;
}

/** The address of a set of filters, in a stable order; the default sort is left out. */
export function searchFromFilters(filters: CaseFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.priority) search.set('priority', filters.priority);
  if (filters.assignee) search.set('assignee', filters.assignee);
  if (filters.risk) search.set('risk', filters.risk);
  if (filters.taskDue) search.set('taskDue', filters.taskDue);
  if (filters.sort !== DEFAULT_SORT) search.set('sort', filters.sort);
  return search;
}

/** The GET /cases query of a page of the list. */
export function casesQuery(filters: CaseFilters, cursor: string | undefined): CasesQuery {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    ...(filters.risk ? { flag: filters.risk } : {}),
    ...(filters.taskDue ? { taskDue: filters.taskDue } : {}),
    sort: filters.sort,
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
  };
}

/** How many filters narrow the list (the sort does not), for the "n filters" summary and the reset button. */
export function activeFilterCount(filters: CaseFilters): number {
  return [filters.status, filters.priority, filters.assignee, filters.risk, filters.taskDue].filter((value) => value !== undefined).length;
}

/**
 * The filters after one control changed: '' clears that filter. Values the API does not know are
 * dropped, so the form cannot put into the address something the API would refuse.
 */
export function withFilter(filters: CaseFilters, name: keyof CaseFilters, value: string): CaseFilters {
  const search = searchFromFilters(filters);
  if (value === '') search.delete(name);
  else search.set(name, value);
  return filtersFromSearch(search);
}
