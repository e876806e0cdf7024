import { casePolicy } from '../case-policy';
import { boundFor, mergeNewest } from '../timeline/timeline.domain';
import type { TimelineEntry, TimelineSource } from '../timeline/timeline-source';
import type { ServiceDelivery } from './service-delivery.domain';
import type { ServiceDeliveryRepository } from './service-delivery.repository';

const RECORDED = 'service:';
const VOIDED = 'service:voided:';

function recorded(service: ServiceDelivery): TimelineEntry {
  return {
    id: `${RECORDED}${service.id}`,
    kind: 'service',
    at: service.recordedAt,
    by: service.deliveredBy,
    detail: {
      event: 'recorded',
      serviceId: service.id,
      type: service.type,
      deliveredOn: service.deliveredOn,
      language: service.language,
      durationMinutes: service.durationMinutes,
      accompaniment: service.accompaniment,
      interpretation: service.interpretation,
      description: service.description,
      recordedBy: service.recordedBy,
    },
  };
}

function voided(service: ServiceDelivery, at: Date, by: string, reason: string): TimelineEntry {
  return { id: `${VOIDED}${service.id}`, kind: 'service', at, by, detail: { event: 'voided', serviceId: service.id, type: service.type, reason } };
}

/** Services on the timeline: each one when it was logged, and again when it was voided. */
export function serviceDeliveryTimeline(services: ServiceDeliveryRepository): TimelineSource {
  return {
    async entries(query) {
      if (!casePolicy.allows(query.viewer.roles, 'service.read')) return [];
      const [logged, undone] = await Promise.all([
        services.recordedBefore(query.tenant, query.caseId, boundFor(RECORDED, query.before), query.limit),
        services.voidedBefore(query.tenant, query.caseId, boundFor(VOIDED, query.before), query.limit),
      ]);
      const voids = undone.flatMap((service) => (service.voided ? [voided(service, service.voided.at, service.voided.by, service.voided.reason)] : []));
      return mergeNewest([logged.map(recorded), voids], query.limit);
    },
  };
}
