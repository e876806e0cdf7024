import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { languagesSchema, nationalitySchema, sexSchema } from '../profile';
import { TOPICS } from '../topics';

/** An intake interview was recorded. Carries the alias: for case work inside the centre only. */
export const intakeSubmittedV1 = defineEvent({
  type: 'intake.submitted',
  version: 1,
  topic: TOPICS.intakeEvents,
  carriesPersonalData: true,
  schema: z
    .object({
      intakeId: z.uuid(),
      alias: z.string().min(1).max(120),
      sex: sexSchema,
      yearOfBirth: z.number().int().min(1900).max(2100).nullable(),
      nationality: nationalitySchema,
      languages: languagesSchema,
      consent: z.strictObject({ storeData: z.literal(true), recordedAt: z.iso.datetime({ offset: true }) }),
      interviewedBy: z.string().min(1),
      submittedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});
