import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { ageBandSchema, languagesSchema, nationalitySchema, sexSchema } from '../profile';
import { TOPICS } from '../topics';

/**
 * A case was opened. Consumed by reporting, so it carries no personal data: no alias, no year of
 * birth (only an age band), no contact, no document numbers. The schema is strict so nothing else
 * can ride along.
 */
export const caseOpenedV1 = defineEvent({
  type: 'case.opened',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z
    .object({
      caseId: z.uuid(),
      intakeId: z.uuid(),
      openedAt: z.iso.datetime({ offset: true }),
      profile: z.strictObject({
        sex: sexSchema,
        ageBand: ageBandSchema,
        nationality: nationalitySchema,
        languages: languagesSchema,
      }),
    })
    .strict(),
});
