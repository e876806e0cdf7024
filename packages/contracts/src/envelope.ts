import { z } from 'zod';
import { centreIdSchema } from './identifiers';

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

/** The `dataencryption` extension of an event whose data is sealed: AES-256-GCM under the centre's data key. */
export const DATA_ENCRYPTION = 'corredor-cx1';

/**
 * CloudEvents 1.0 structured envelope. Extension attributes (lowercase alphanumerics, as the spec
 * requires): tenantid, correlationid, causationid, eventversion.
 */
export const envelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1),
  type: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  subject: z.string().min(1).optional(),
  tenantid: centreIdSchema,
  correlationid: z.string().min(1),
  causationid: z.string().min(1),
  eventversion: z.number().int().positive(),
  /**
   * Present when `data` is sealed (a string, see @corredor/crypto) under the tenant's data key: the
   * events that carry personal data travel and rest in Kafka only as ciphertext.
   */
  dataencryption: z.literal(DATA_ENCRYPTION).optional(),
  data: z.unknown(),
});

export type RawEnvelope = z.infer<typeof envelopeSchema>;

export interface EventEnvelope<TType extends string = string, TData = unknown> extends Omit<RawEnvelope, 'type' | 'data'> {
  type: TType;
  data: TData;
}

/** What every event needs besides its data: who it is for and what caused it. */
export interface EventMetadata {
  tenant: string;
  source: string;
  correlationId: string;
  causationId: string;
  subject?: string;
  id?: string;
  time?: Date;
}
