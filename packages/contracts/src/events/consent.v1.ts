import { z } from 'zod';
import { consentScopeSchema } from '../casework';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';

/**
 * Consents change after intake too (a new partner to share with, a withdrawal). Keyed by person id
 * with the person's intake events. No personal data: the person is a random id, a channel is named
 * by its kind, never its number.
 */
const consentChange = {
  personId: z.uuid(),
  consentId: z.uuid(),
  scope: consentScopeSchema,
};

export const consentGivenV1 = defineEvent({
  type: 'consent.given',
  version: 1,
  topic: TOPICS.intakeEvents,
  carriesPersonalData: false,
  schema: z.strictObject({ ...consentChange, givenAt: z.iso.datetime({ offset: true }) }),
});

/** Takes effect downstream: referral stops sharing, reporting stops counting, transfers are refused. */
export const consentWithdrawnV1 = defineEvent({
  type: 'consent.withdrawn',
  version: 1,
  topic: TOPICS.intakeEvents,
  carriesPersonalData: false,
  schema: z.strictObject({ ...consentChange, withdrawnAt: z.iso.datetime({ offset: true }) }),
});
