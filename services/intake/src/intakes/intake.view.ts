import { casePrioritySchema, consentScopeSchema, riskFlagSchema } from '@corredor/contracts';
import { z } from 'zod';
import { interviewSchema } from '../interview';
import { CASE_ACTIONS, type Intake } from './intake.domain';

export const intakeViewSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    returning: z.boolean(),
    caseAction: z.enum(CASE_ACTIONS),
    interview: interviewSchema,
    riskFlags: z.array(riskFlagSchema.extend({ reason: z.string() })),
    priority: casePrioritySchema,
    consents: z.array(consentScopeSchema),
    answers: z.object({ formVersion: z.number().int(), values: z.record(z.string(), z.unknown()) }).nullable(),
    interviewedBy: z.string(),
    submittedAt: z.iso.datetime(),
  })
  .meta({ id: 'Intake' });

/** What the API shows of an intake. */
export function intakeView(intake: Intake): z.infer<typeof intakeViewSchema> {
  return {
    id: intake.id,
    personId: intake.personId,
    returning: intake.returning,
    caseAction: intake.caseAction,
    interview: intake.interview,
    riskFlags: intake.riskFlags,
    priority: intake.priority,
    consents: intake.consents,
    answers: intake.answers,
    interviewedBy: intake.interviewedBy,
    submittedAt: intake.submittedAt.toISOString(),
  };
}
