/**
 * What the case list's task-due filter asks of the tasks feature (it implements this port): the
 * cases of a centre with an open task due before an instant, at most `limit` of them.
 */
export interface CasesWithDueTasks {
  caseIdsWithOpenTasksDueBefore(tenant: string, before: Date, limit: number): Promise<string[]>;
}
