import type { components as CaseSchemas } from '../api/generated/case';

export type Task = CaseSchemas['schemas']['Task'];
export type Case = CaseSchemas['schemas']['Case'];

/**
 * Due today, without what the overdue list already shows: a task timed for this morning is both
 * due today and overdue, and is listed once, as overdue.
 */
export function dueTodayOnly(dueToday: readonly Task[], overdue: readonly Task[]): Task[] {
  const shown = new Set(overdue.map((task) => task.id));
  return dueToday.filter((task) => !task.overdue && !shown.has(task.id));
}

/** The other new cases: the high-priority ones have their own list above them. */
export const notHighPriority = (cases: readonly Case[]): Case[] => cases.filter((kase) => kase.priority !== 'high');

/** Where a notification leads: its case; a transfer request (no case here yet) leads nowhere. */
export const caseLink = (caseId: string | null): string | null => (caseId ? `/cases/${caseId}` : null);
