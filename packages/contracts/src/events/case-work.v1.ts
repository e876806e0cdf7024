import { z } from 'zod';
import { currencySchema, labourAuthoritySchema, labourClaimStatusSchema, labourClaimTypeSchema, moneyAmountSchema, serviceTypeSchema } from '../casework';
import { defineEvent } from '../event-definition';
import { iso639Schema } from '../languages';
import { TOPICS } from '../topics';

/** A service was delivered on a case; reporting counts services by type, accompaniments included. No free text. */
export const caseServiceRecordedV1 = defineEvent({
  type: 'case.service-recorded',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    serviceId: z.uuid(),
    type: serviceTypeSchema,
    /** The day it was delivered, in the centre's calendar. */
    deliveredOn: z.iso.date(),
    language: iso639Schema.nullable(),
    durationMinutes: z.number().int().min(1).max(24 * 60).nullable(),
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * A service entry recorded by mistake was voided: reporting stops counting it. It stays in the
 * case's history; the reason given is free text and never travels.
 */
export const caseServiceVoidedV1 = defineEvent({
  type: 'case.service-voided',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    serviceId: z.uuid(),
    type: serviceTypeSchema,
    voidedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * A labour-justice claim was recorded or changed; reporting sums amounts claimed, agreed (a
 * settlement), awarded (a judgment) and received.
 */
export const caseLabourClaimChangedV1 = defineEvent({
  type: 'case.labour-claim-changed',
  version: 1,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    claimId: z.uuid(),
    claimType: labourClaimTypeSchema,
    authority: labourAuthoritySchema,
    status: labourClaimStatusSchema,
    currency: currencySchema,
    amountClaimed: moneyAmountSchema.nullable(),
    amountAgreed: moneyAmountSchema.nullable(),
    amountAwarded: moneyAmountSchema.nullable(),
    amountReceived: moneyAmountSchema.nullable(),
    changedAt: z.iso.datetime({ offset: true }),
  }),
});
