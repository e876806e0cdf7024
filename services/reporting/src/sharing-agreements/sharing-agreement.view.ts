import { fixedPeriodKindSchema, sharedMeasureSchema, suppressionRuleSchema } from '@corredor/contracts';
import { z } from 'zod';
import type { SharingAgreement } from './sharing-agreement.domain';

export const sharingAgreementSchema = z
  .object({
    id: z.uuid(),
    centre: z.string(),
    network: z.string(),
    status: z.enum(['active', 'revoked']),
    indicators: z.array(z.object({ indicator: z.string(), breakdowns: z.array(z.array(z.string())) })),
    measures: z.array(sharedMeasureSchema),
    from: z.iso.date(),
    periodKind: fixedPeriodKindSchema,
    firstPeriod: z.string().meta({ description: 'The first period shared: the first whole one of its kind from `from` that no earlier agreement with the network shared' }),
    rule: suppressionRuleSchema,
    agreedAt: z.iso.datetime(),
    agreedBy: z.string(),
    revokedAt: z.iso.datetime().nullable(),
    revokedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'SharingAgreement' });

export type SharingAgreementView = z.infer<typeof sharingAgreementSchema>;

export function agreementView(agreement: SharingAgreement): SharingAgreementView {
  const { terms } = agreement;
  return {
    id: agreement.id,
    centre: agreement.centre,
    network: agreement.network,
    status: agreement.status,
    indicators: terms.indicators.map((shared) => ({ indicator: shared.indicator, breakdowns: shared.breakdowns.map((breakdown) => [...breakdown]) })),
    measures: [...terms.measures],
    from: terms.from,
    periodKind: terms.periodKind,
    firstPeriod: agreement.firstPeriod,
    rule: { k: terms.k, roundTo: terms.roundTo },
    agreedAt: agreement.agreedAt.toISOString(),
    agreedBy: agreement.agreedBy,
    revokedAt: agreement.revokedAt?.toISOString() ?? null,
    revokedBy: agreement.revokedBy,
    version: agreement.version,
  };
}
