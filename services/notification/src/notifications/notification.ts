/** Something the centre's staff should know about. Titles name the event, never the person. */
export interface Notification {
  id: string;
  tenant: string;
  kind: 'case.opened';
  title: string;
  caseId: string;
  /** The event that caused it: one notification per event, however often it is delivered. */
  sourceEventId: string;
  createdAt: Date;
  /** Staff (user ids) who have read it. */
  readBy: string[];
}

export function newCaseNotification(input: { id: string; tenant: string; caseId: string; sourceEventId: string; now: Date }): Notification {
  return {
    id: input.id,
    tenant: input.tenant,
    kind: 'case.opened',
    title: 'New case',
    caseId: input.caseId,
    sourceEventId: input.sourceEventId,
    createdAt: input.now,
    readBy: [],
  };
}
