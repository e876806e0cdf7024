import { caseServiceVoidedV1, createEvent, DomainError } from '@corredor/contracts';
import { toOutboxRecord } from '@corredor/messaging';
import { VersionConflictError } from '@corredor/persistence';
import type { Principal } from '@corredor/service-kit';
import { workableCaseAt } from '../timeline/case-work';
import { voidService, type ServiceDelivery } from './service-delivery.domain';
import type { ServiceDeliveryDeps } from './record-service.use-case';

/**
 * Marks a mistaken entry void: it stays in the case's history, with who voided it and why, and
 * leaves the counts. case.service-voided (no reason, no staff id) goes out in the same transaction,
 * so reporting stops counting it.
 */
export async function voidServiceUseCase(
  deps: Pick<ServiceDeliveryDeps, 'services' | 'cases' | 'clock' | 'outboxWritten'>,
  input: { principal: Principal; caseId: string; serviceId: string; reason: string; requestId: string },
): Promise<ServiceDelivery> {
  const tenant = input.principal.centre;
  await workableCaseAt(deps.cases, tenant, input.caseId);
  const current = await deps.services.findById(tenant, input.caseId, input.serviceId);
  if (!current) throw new DomainError('CASE.SERVICE_NOT_FOUND', 'not-found', 'No such service on this case.');
  const now = deps.clock();
  const voided = voidService(current, { by: input.principal.userId, reason: input.reason }, now);
  const event = createEvent(
    caseServiceVoidedV1,
    { caseId: voided.caseId, serviceId: voided.id, type: voided.type, voidedAt: now.toISOString() },
    { tenant, source: '/corredor/case', correlationId: input.requestId, causationId: input.requestId, subject: voided.caseId, time: now },
  );
  try {
    await deps.services.update(voided, current.version, [toOutboxRecord(caseServiceVoidedV1, event, voided.caseId, now)]);
  } catch (error) {
    // Voiding is the only change an entry takes, so whoever got there first voided it.
    if (error instanceof VersionConflictError) throw new DomainError('CASE.SERVICE_ALREADY_VOIDED', 'conflict', 'This service entry is already voided.');
    throw error;
  }
  deps.outboxWritten();
  return { ...voided, version: current.version + 1 };
}
