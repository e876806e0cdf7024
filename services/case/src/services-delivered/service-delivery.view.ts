import { serviceTypeSchema } from '@corredor/contracts';
import { z } from 'zod';
import { ACCOMPANIMENT_OFFICES, ACCOMPANIMENT_PROCEDURES, type ServiceDelivery } from './service-delivery.domain';

export const serviceDeliveryView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    type: serviceTypeSchema,
    deliveredOn: z.iso.date(),
    deliveredBy: z.string().meta({ description: 'Staff user id of who delivered it' }),
    language: z.string().nullable().meta({ description: 'ISO 639 code of the language it was given in' }),
    durationMinutes: z.number().int().nullable(),
    accompaniment: z.object({ office: z.enum(ACCOMPANIMENT_OFFICES), procedure: z.enum(ACCOMPANIMENT_PROCEDURES) }).nullable(),
    interpretation: z.object({ fromLanguage: z.string(), toLanguage: z.string() }).nullable(),
    description: z.string().nullable().meta({ description: 'What an `other` service was' }),
    note: z.string().nullable(),
    recordedBy: z.string(),
    recordedAt: z.iso.datetime(),
    voided: z
      .object({ by: z.string(), at: z.iso.datetime(), reason: z.string() })
      .nullable()
      .meta({ description: 'Set when the entry was a mistake: it stays in the history but no longer counts' }),
    version: z.number().int(),
  })
  .meta({ id: 'ServiceDelivery' });

export function serviceDeliveryViewOf(service: ServiceDelivery): z.infer<typeof serviceDeliveryView> {
  return {
    id: service.id,
    caseId: service.caseId,
    type: service.type,
    deliveredOn: service.deliveredOn,
    deliveredBy: service.deliveredBy,
    language: service.language,
    durationMinutes: service.durationMinutes,
    accompaniment: service.accompaniment,
    interpretation: service.interpretation,
    description: service.description,
    note: service.note,
    recordedBy: service.recordedBy,
    recordedAt: service.recordedAt.toISOString(),
    voided: service.voided && { by: service.voided.by, at: service.voided.at.toISOString(), reason: service.voided.reason },
    version: service.version,
  };
}
