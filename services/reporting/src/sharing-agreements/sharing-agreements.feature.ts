import type { ApiRoutes, AuditTrail, CentreDirectoryView, ServiceDeps } from '@corredor/service-kit';
import type { SharingAgreementRepository } from './sharing-agreement.repository';
import { MemorySharingAgreementRepository } from './sharing-agreement.repository.memory';
import { MongoSharingAgreementRepository } from './sharing-agreement.repository.mongo';
import { sharingAgreementRoutes } from './sharing-agreements.routes';

export interface SharingAgreementsFeature {
  agreements: SharingAgreementRepository;
  /** POST/GET /sharing-agreements, GET /sharing-agreements/:id, POST /sharing-agreements/:id/revocation. */
  routes(api: ApiRoutes): void;
}

export function sharingAgreementsFeature(deps: { mongo: ServiceDeps['mongo']; centres: CentreDirectoryView; clock: () => Date; audit: Pick<AuditTrail, 'record'> }): SharingAgreementsFeature {
  const agreements = deps.mongo ? new MongoSharingAgreementRepository(deps.mongo) : new MemorySharingAgreementRepository();
  return { agreements, routes: (api) => sharingAgreementRoutes(api, { agreements, centres: deps.centres, clock: deps.clock, audit: deps.audit }) };
}
