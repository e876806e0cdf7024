import type { ApiRoutes } from '@corredor/service-kit';
import { storeFor, type CaseWorkDeps, type CaseWorkFeature } from '../timeline/case-work';
import type { ServiceDeliveryRepository } from './service-delivery.repository';
import { MemoryServiceDeliveryRepository } from './service-delivery.repository.memory';
import { MongoServiceDeliveryRepository } from './service-delivery.repository.mongo';
import { serviceDeliveryRoutes } from './service-delivery.routes';
import { serviceDeliveryTimeline } from './service-delivery.timeline';

/** Services delivered, ready to wire in service.ts: routes, timeline source, store health. */
export function serviceDeliveryFeature(deps: CaseWorkDeps): CaseWorkFeature {
  const services = storeFor<ServiceDeliveryRepository>(
    deps,
    (outbox) => new MemoryServiceDeliveryRepository(outbox, deps.keys),
    (connection, outbox) => new MongoServiceDeliveryRepository(connection, outbox, deps.keys),
  );
  return {
    routes: (api: ApiRoutes) => serviceDeliveryRoutes(api, { ...deps, services }),
    timeline: serviceDeliveryTimeline(services),
    isReachable: () => services.isReachable(),
    eraseCase: (tenant, caseId) => services.eraseOfCase(tenant, caseId),
  };
}
