import { ERASED, openOptional, sealOptional, sealText, openText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import type { ServiceDelivery } from './service-delivery.domain';

/**
 * A service delivered as both adapters store it. Sealed: the free texts, which may name or describe
 * the person: what an `other` service was (`case_services.description`), the note
 * (`case_services.note`) and why an entry was voided (`case_services.voided.reason`). In clear, for
 * the list's order, the timeline and the counts: ids, tenant, service type, office and procedure
 * codes, languages, duration, delivery day, staff ids, instants, version.
 */
export type StoredServiceDelivery = ServiceDelivery;

export const SERVICE_DESCRIPTION = 'case_services.description';
export const SERVICE_NOTE = 'case_services.note';
export const SERVICE_VOID_REASON = 'case_services.voided.reason';

export function serviceDeliveryCodec(keys: FieldSealer): RecordCodec<ServiceDelivery, StoredServiceDelivery> {
  return {
    encode: (service) => ({
      ...service,
      description: sealOptional(keys, service.tenant, SERVICE_DESCRIPTION, service.description),
      note: sealOptional(keys, service.tenant, SERVICE_NOTE, service.note),
      voided: service.voided && { ...service.voided, reason: sealText(keys, service.tenant, SERVICE_VOID_REASON, service.voided.reason) },
    }),
    decode: (doc) => ({
      ...doc,
      description: openOptional(keys, doc.tenant, SERVICE_DESCRIPTION, doc.description),
      note: openOptional(keys, doc.tenant, SERVICE_NOTE, doc.note),
      voided: doc.voided && { ...doc.voided, reason: openText(keys, doc.tenant, SERVICE_VOID_REASON, doc.voided.reason) },
    }),
  };
}

/** The stored entry with its free texts erased (those it has: an absent note stays absent), and its version moved on. */
export function erasedServiceDelivery(keys: FieldSealer, doc: StoredServiceDelivery): StoredServiceDelivery {
  const erased = (context: string) => sealText(keys, doc.tenant, context, ERASED);
  return {
    ...doc,
    description: doc.description === null ? null : erased(SERVICE_DESCRIPTION),
    note: doc.note === null ? null : erased(SERVICE_NOTE),
    voided: doc.voided && { ...doc.voided, reason: erased(SERVICE_VOID_REASON) },
    version: doc.version + 1,
  };
}
