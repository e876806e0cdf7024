import { labourAuthoritySchema, labourClaimStatusSchema, labourClaimTypeSchema } from '@corredor/contracts';
import { z } from 'zod';
import { amountOutstanding, CLAIM_TRANSITIONS, HEARING_KINDS, HEARING_OUTCOMES, type LabourClaim } from './labour-claim.domain';
import { fromCents } from './money.domain';

const amount = z.string().nullable();

export const labourClaimView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    employer: z.string(),
    claimType: labourClaimTypeSchema,
    authority: labourAuthoritySchema,
    status: labourClaimStatusSchema,
    nextStatuses: z.array(labourClaimStatusSchema).meta({ description: 'Where the status may go from here' }),
    currency: z.string(),
    amounts: z.object({
      claimed: amount,
      agreed: amount,
      awarded: amount,
      received: amount,
      outstanding: amount.meta({ description: 'Awarded (else agreed) less received, never below zero; null until an amount is agreed or awarded' }),
    }),
    dates: z.object({ conciliationFiledOn: z.iso.date().nullable(), agreementOn: z.iso.date().nullable(), judgmentOn: z.iso.date().nullable() }),
    hearings: z.array(z.object({ id: z.uuid(), on: z.iso.date(), kind: z.enum(HEARING_KINDS), outcome: z.enum(HEARING_OUTCOMES).nullable() })),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'LabourClaim' });

const decimal = (cents: number | null) => (cents === null ? null : fromCents(cents));

export function labourClaimViewOf(claim: LabourClaim): z.infer<typeof labourClaimView> {
  return {
    id: claim.id,
    caseId: claim.caseId,
    employer: claim.employer,
    claimType: claim.claimType,
    authority: claim.authority,
    status: claim.status,
    nextStatuses: [...CLAIM_TRANSITIONS[claim.status]],
    currency: claim.currency,
    amounts: {
      claimed: decimal(claim.amounts.claimed),
      agreed: decimal(claim.amounts.agreed),
      awarded: decimal(claim.amounts.awarded),
      received: decimal(claim.amounts.received),
      outstanding: decimal(amountOutstanding(claim.amounts)),
    },
    dates: claim.dates,
    hearings: claim.hearings,
    createdBy: claim.createdBy,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    version: claim.version,
  };
}
