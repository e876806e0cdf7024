import { z } from 'zod';
import { consentScopeSchema } from '../casework';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';

/**
 * Every consent a person gives, at the interview or later (a new partner to share with), and every
 * withdrawal, keyed by person id on the consent topic, which carries nothing personal: the person
 * is a random id, a channel is named by its kind, never its number.
 */
const consentChange = {
  personId: z.uuid(),
  consentId: z.uuid(),
  scope: consentScopeSchema,
};

export const consentGivenV1 = defineEvent({
  type: 'consent.given',
  version: 1,
  topic: TOPICS.consentEvents,
  carriesPersonalData: false,
  schema: z.strictObject({ ...consentChange, givenAt: z.iso.datetime({ offset: true }) }),
});

/** Takes effect downstream: referral stops sharing, reporting stops counting, transfers are refused. */
export const consentWithdrawnV1 = defineEvent({
  type: 'consent.withdrawn',
  version: 1,
  topic: TOPICS.consentEvents,
  carriesPersonalData: false,
  schema: z.strictObject({ ...consentChange, withdrawnAt: z.iso.datetime({ offset: true }) }),
});
