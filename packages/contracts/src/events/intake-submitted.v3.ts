import { migratoryStatusSchema } from '../casework';
import { defineEvent } from '../event-definition';
import type { Upcaster } from '../event-registry';
import { TOPICS } from '../topics';
import { intakeSubmittedV2 } from './intake-submitted.v2';

/**
 * v3 adds the person's migratory situation as a category (`tvrh`, `asylum-seeker`...), so the case
 * service can pass it to reporting; card dates and numbers stay in the intake service. Null for
 * intakes recorded before v3.
 */
export const intakeSubmittedV3 = defineEvent({
  type: 'intake.submitted',
  version: 3,
  topic: TOPICS.intakeEvents,
  carriesPersonalData: true,
  schema: intakeSubmittedV2.schema.extend({ migratoryStatus: migratoryStatusSchema.nullable() }),
});

/** Intakes before v3 did not pass the migratory situation on: not recorded. */
export const intakeSubmittedV2ToV3: Upcaster = {
  type: 'intake.submitted',
  fromVersion: 2,
  up(data: unknown) {
    return { ...(data as object), migratoryStatus: null };
  },
};
