import { z } from 'zod';
import { casePrioritySchema } from '../casework';
import { defineEvent } from '../event-definition';
import { centreIdSchema } from '../identifiers';
import { iso639Schema } from '../languages';
import { TOPICS } from '../topics';

/**
 * Transfers of a case between centres. The event's tenant is the centre that acted (the origin for
 * a request, the receiving centre for an answer); both centres are named in the data. None carries
 * personal data: the person's data is copied only once the receiving centre accepted.
 */
const parties = { transferId: z.uuid(), fromCentre: centreIdSchema, toCentre: centreIdSchema };

export const caseTransferRequestedV1 = defineEvent({
  type: 'case.transfer-requested',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    ...parties,
    caseId: z.uuid(),
    /** What the receiving coordinator needs to decide, and nothing that identifies the person. */
    priority: casePrioritySchema,
    languages: z.array(iso639Schema).max(10),
    requestedAt: z.iso.datetime({ offset: true }),
  }),
});

export const caseTransferAcceptedV1 = defineEvent({
  type: 'case.transfer-accepted',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    ...parties,
    originCaseId: z.uuid(),
    originPersonId: z.uuid(),
    newCaseId: z.uuid(),
    newPersonId: z.uuid(),
    acceptedAt: z.iso.datetime({ offset: true }),
  }),
});

export const caseTransferDeclinedV1 = defineEvent({
  type: 'case.transfer-declined',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    ...parties,
    caseId: z.uuid(),
    reason: z.enum(['no-capacity', 'person-not-arrived', 'outside-services', 'other']),
    declinedAt: z.iso.datetime({ offset: true }),
  }),
});
