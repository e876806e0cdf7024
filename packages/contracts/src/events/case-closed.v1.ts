import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';

export const CASE_OUTCOMES = ['resolved', 'referred', 'lost-contact', 'withdrawn', 'transferred'] as const;
export const caseOutcomeSchema = z.enum(CASE_OUTCOMES);
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;

export const caseClosedV1 = defineEvent({
  type: 'case.closed',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z
    .object({
      caseId: z.uuid(),
      outcome: caseOutcomeSchema,
      closedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});
