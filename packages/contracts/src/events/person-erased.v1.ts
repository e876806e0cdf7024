import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';

/**
 * A coordinator erased a person at their centre: every service deletes what it holds of the
 * person's personal data (names, contacts, documents, notes about them, referral details), while
 * counts that hold nothing personal stay as they were (reporting keeps its aggregates, unlinked
 * from the person id). On the consent topic, keyed by person id, so it follows the person's
 * consents in order; it carries only the random person id.
 */
export const personErasedV1 = defineEvent({
  type: 'person.erased',
  version: 1,
  topic: TOPICS.consentEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    personId: z.uuid(),
    erasedAt: z.iso.datetime({ offset: true }),
  }),
});
