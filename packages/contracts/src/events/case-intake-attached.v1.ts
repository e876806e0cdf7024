import { z } from 'zod';
import { migratoryStatusSchema } from '../casework';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';

/**
 * A returning person's new intake joined their existing case (reopening it if it was closed: that
 * also comes as case.status-changed). Reporting counts the person as served again, as a returning
 * person, with the migratory situation of this interview. No personal data.
 */
export const caseIntakeAttachedV1 = defineEvent({
  type: 'case.intake-attached',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    intakeId: z.uuid(),
    migratoryStatus: migratoryStatusSchema.nullable(),
    attachedAt: z.iso.datetime({ offset: true }),
  }),
});
