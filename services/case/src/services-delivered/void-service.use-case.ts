import { DomainError } from '@corredor/contracts';
import { VersionConflictError } from '@corredor/persistence';
import type { Principal } from '@corredor/service-kit';
import { workableCaseAt } from '../timeline/case-work';
import { voidService, type ServiceDelivery } from './service-delivery.domain';
import type { ServiceDeliveryDeps } from './record-service.use-case';

/**
 * Marks a mistaken entry void: it stays in the case's history, with who voided it and why, and
 * leaves the counts. No event: case.service-recorded has no counterpart yet, so reporting keeps
 * counting a voided service until the contracts have one (asked of the lead).
 */
export async function voidServiceUseCase(
  deps: Pick<ServiceDeliveryDeps, 'services' | 'cases' | 'clock'>,
  input: { principal: Principal; caseId: string; serviceId: string; reason: string },
): Promise<ServiceDelivery> {
  const tenant = input.principal.centre;
  await workableCaseAt(deps.cases, tenant, input.caseId);
  const current = await deps.services.findById(tenant, input.caseId, input.serviceId);
  if (!current) throw new DomainError('CASE.SERVICE_NOT_FOUND', 'not-found', 'No such service on this case.');
  const voided = voidService(current, { by: input.principal.userId, reason: input.reason }, deps.clock());
  try {
    await deps.services.update(voided, current.version, []);
  } catch (error) {
    // Voiding is the only change an entry takes, so whoever got there first voided it.
    if (error instanceof VersionConflictError) throw new DomainError('CASE.SERVICE_ALREADY_VOIDED', 'conflict', 'This service entry is already voided.');
    throw error;
  }
  return { ...voided, version: current.version + 1 };
}
