import type { ApiRoutes } from '@corredor/service-kit';
import { storeFor, type CaseWorkDeps, type CaseWorkFeature } from '../timeline/case-work';
import type { LabourClaimRepository } from './labour-claim.repository';
import { MemoryLabourClaimRepository } from './labour-claim.repository.memory';
import { MongoLabourClaimRepository } from './labour-claim.repository.mongo';
import { labourClaimRoutes } from './labour-claim.routes';
import { labourClaimTimeline } from './labour-claim.timeline';

/** Labour-justice claims, ready to wire in service.ts: routes, timeline source, store health. */
export function labourClaimFeature(deps: CaseWorkDeps): CaseWorkFeature {
  const claims = storeFor<LabourClaimRepository>(
    deps,
    (outbox) => new MemoryLabourClaimRepository(outbox, deps.keys),
    (connection, outbox) => new MongoLabourClaimRepository(connection, outbox, deps.keys),
  );
  return {
    routes: (api: ApiRoutes) => labourClaimRoutes(api, { ...deps, claims }),
    timeline: labourClaimTimeline(claims),
    isReachable: () => claims.isReachable(),
    eraseCase: (tenant, caseId) => claims.eraseOfCase(tenant, caseId),
  };
}
