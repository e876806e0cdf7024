import { createEvent, DomainError, personErasedV1 } from '@corredor/contracts';
import { toOutboxRecord } from '@corredor/messaging';
import { NotFoundError } from '@corredor/persistence';
import type { Principal } from '@corredor/service-kit';
import type { IntakeRecords } from '../intakes/intake-records';
import type { ErasedRecords, ErasureReason, PersonErasure } from './person-erasure.domain';
import { personNotFound } from './person.domain';

export interface ErasePersonDeps {
  records: IntakeRecords;
  clock: () => Date;
  outboxWritten: () => void;
}

export interface ErasePersonInput {
  principal: Principal;
  personId: string;
  reason: ErasureReason;
  requestId: string;
}

const alreadyErased = () => new DomainError('INTAKE.PERSON_ERASED', 'gone', 'This person was erased from the centre already; nothing of theirs is left here.');

/**
 * Erases a person from the caller's centre: the person, their intakes, consents and
 * Idempotency-Keys go in one transaction with person.erased, which tells the other services to
 * delete what they hold. It opens no sealed value (the route refuses a centre whose key was
 * destroyed, because the erasure could not be recorded in its audit trail). A second erasure is 410
 * INTAKE.PERSON_ERASED; an id the centre never held, 404.
 */
export async function erasePersonUseCase(deps: ErasePersonDeps, input: ErasePersonInput): Promise<{ erasure: PersonErasure; erased: ErasedRecords }> {
  const tenant = input.principal.centre;
  const now = deps.clock();
  const erasure: PersonErasure = { id: input.personId, tenant, reason: input.reason, erasedBy: input.principal.userId, erasedAt: now };
  const event = createEvent(
    personErasedV1,
    { personId: input.personId, erasedAt: now.toISOString() },
    { tenant, source: '/corredor/intake', correlationId: input.requestId, causationId: input.requestId, subject: input.personId, time: now },
  );
  try {
    const erased = await deps.records.erase(erasure, [toOutboxRecord(personErasedV1, event, input.personId, now)]);
    deps.outboxWritten();
    return { erasure, erased };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    if (await deps.records.erasureOf(tenant, input.personId)) throw alreadyErased();
    throw personNotFound();
  }
}
