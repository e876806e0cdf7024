import { consentScopeSchema } from '@corredor/contracts';
import { z } from 'zod';
import type { Consent } from './consent.domain';

export const consentViewSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    scope: consentScopeSchema,
    /** The interview it was given at; null when given later. */
    intakeId: z.uuid().nullable(),
    givenBy: z.string(),
    givenAt: z.iso.datetime(),
    withdrawn: z.object({ by: z.string(), at: z.iso.datetime() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Consent' });

export function consentView(consent: Consent): z.infer<typeof consentViewSchema> {
  return {
    id: consent.id,
    personId: consent.personId,
    scope: consent.scope,
    intakeId: consent.intakeId,
    givenBy: consent.givenBy,
    givenAt: consent.givenAt.toISOString(),
    withdrawn: consent.withdrawn ? { by: consent.withdrawn.by, at: consent.withdrawn.at.toISOString() } : null,
    version: consent.version,
  };
}
