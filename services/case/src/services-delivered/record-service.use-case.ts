import { caseServiceRecordedV1, createEvent } from '@corredor/contracts';
import { toOutboxRecord } from '@corredor/messaging';
import type { CentreDirectoryView, Principal } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import { centreToday, refuseDaysAfter, workableCaseAt, type CaseLookup } from '../timeline/case-work';
import { recordService, type RecordServiceCommand, type ServiceDelivery } from './service-delivery.domain';
import type { ServiceDeliveryRepository } from './service-delivery.repository';

export interface ServiceDeliveryDeps {
  services: ServiceDeliveryRepository;
  cases: CaseLookup;
  clock: () => Date;
  outboxWritten: () => void;
  centres: CentreDirectoryView;
  newId?: () => string;
}

/**
 * Logs a service on a case that is not closed and announces it (case.service-recorded: no free
 * text, no staff id) in the same transaction; the case service activates an open case on it.
 */
export async function recordServiceUseCase(
  deps: ServiceDeliveryDeps,
  input: { principal: Principal; caseId: string; command: RecordServiceCommand; requestId: string },
): Promise<ServiceDelivery> {
  const tenant = input.principal.centre;
  await workableCaseAt(deps.cases, tenant, input.caseId);
  const now = deps.clock();
  refuseDaysAfter(centreToday(deps.centres, tenant, now), [['body.deliveredOn', input.command.deliveredOn]]);
  const service = recordService(input.command, { id: (deps.newId ?? randomUUID)(), tenant, caseId: input.caseId, by: input.principal.userId, now });
  const event = createEvent(
    caseServiceRecordedV1,
    {
      caseId: service.caseId,
      serviceId: service.id,
      type: service.type,
      deliveredOn: service.deliveredOn,
      language: service.language,
      durationMinutes: service.durationMinutes,
      recordedAt: now.toISOString(),
    },
    { tenant, source: '/corredor/case', correlationId: input.requestId, causationId: input.requestId, subject: service.caseId, time: now },
  );
  await deps.services.add(service, [toOutboxRecord(caseServiceRecordedV1, event, service.caseId, now)]);
  deps.outboxWritten();
  return service;
}
