import { z } from 'zod';
import { casePrioritySchema, caseStatusSchema, riskFlagSchema } from '../casework';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { caseOutcomeSchema } from './case-closed.v1';

/**
 * Case events other services act on (keyed by case id). None carries personal data: staff are
 * named by their user id, people not at all.
 */
export const caseStatusChangedV1 = defineEvent({
  type: 'case.status-changed',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    from: caseStatusSchema,
    to: caseStatusSchema,
    /** What moved it: the first service recorded, a returning person's new intake, a closure... */
    reason: z.enum(['activated', 'closed', 'reopened', 'returning-person']),
    changedAt: z.iso.datetime({ offset: true }),
  }),
});

/** A member of staff now holds the case (the notification service tells them). */
export const caseAssignedV1 = defineEvent({
  type: 'case.assigned',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    assignee: z.string().min(1).max(200),
    assignedBy: z.string().min(1).max(200),
    assignedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * Risk flags were raised on a case (at opening, or by a returning person's new interview). A high
 * priority alerts the centre's coordinators; reporting counts protection risks identified.
 */
export const caseRiskFlaggedV1 = defineEvent({
  type: 'case.risk-flagged',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    /** The flags newly raised by this change, not those the case already had. */
    flags: z.array(riskFlagSchema).min(1).max(50),
    priority: casePrioritySchema,
    flaggedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * Someone other than a coordinator closed a high-priority case: the closure waits for a
 * coordinator's sign-off (or rejection), and the notification service tells the centre's
 * coordinators. Who asked is in the case history, not here.
 */
export const caseClosureRequestedV1 = defineEvent({
  type: 'case.closure-requested',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    outcome: caseOutcomeSchema,
    priority: casePrioritySchema,
    requestedAt: z.iso.datetime({ offset: true }),
  }),
});
