import { z } from 'zod';
import { migratoryStatusSchema } from '../casework';
import { defineEvent } from '../event-definition';
import type { Upcaster } from '../event-registry';
import { TOPICS } from '../topics';
import { caseOpenedV2 } from './case-opened.v2';

/**
 * A case was opened. v3 adds what reporting needs to count people served as the centre's
 * monitoring asks: the migratory situation at opening (a category, or null when the intake did not
 * pass it on) and whether the person had been served at this centre before (a returning person
 * for whom staff opened a new case). Still no personal data, and strict.
 */
export const caseOpenedV3 = defineEvent({
  type: 'case.opened',
  version: 3,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: caseOpenedV2.schema.extend({
    migratoryStatus: migratoryStatusSchema.nullable(),
    /** The person had been served at this centre before (their intake said so). */
    returning: z.boolean(),
  }),
});

/** v2 openings did not say: migratory situation not recorded, and counted as first contacts. */
export const caseOpenedV2ToV3: Upcaster = {
  type: 'case.opened',
  fromVersion: 2,
  up(data: unknown) {
    return { ...(data as object), migratoryStatus: null, returning: false };
  },
};
