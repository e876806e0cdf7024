import { randomUUID } from 'node:crypto';
import { consentGivenV1, consentWithdrawnV1, createEvent, DomainError, type ConsentScope } from '@corredor/contracts';
import { toOutboxRecord } from '@corredor/messaging';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { Principal } from '@corredor/service-kit';
import { personNotFound } from '../people/person.domain';
import type { PersonRepository } from '../people/person.repository';
import { giveConsent, withdrawConsent, type Consent } from './consent.domain';
import { ACTIVE_CONSENT_INDEX, type ConsentRepository } from './consent.repository';

export interface ConsentDeps {
  people: PersonRepository;
  consents: ConsentRepository;
  clock: () => Date;
  outboxWritten: () => void;
}

interface Caller {
  principal: Principal;
  requestId: string;
}

const meta = (caller: Caller, personId: string, now: Date) => ({
  tenant: caller.principal.centre,
  source: '/corredor/intake',
  correlationId: caller.requestId,
  causationId: caller.requestId,
  subject: personId,
  time: now,
});

/** A consent given after the interview (sharing with a named partner when referring...), announced as consent.given. */
export async function giveConsentUseCase(deps: ConsentDeps, input: Caller & { personId: string; scope: ConsentScope }): Promise<Consent> {
  const tenant = input.principal.centre;
  const person = await deps.people.findById(tenant, input.personId);
  if (!person) throw personNotFound();
  const now = deps.clock();
  const consent = giveConsent({ id: randomUUID(), tenant, personId: person.id, scope: input.scope, intakeId: null, by: input.principal.userId }, now);
  const event = createEvent(consentGivenV1, { personId: person.id, consentId: consent.id, scope: consent.scope, givenAt: now.toISOString() }, meta(input, person.id, now));
  try {
    await deps.consents.add(consent, [toOutboxRecord(consentGivenV1, event, person.id, now)]);
  } catch (error) {
    if (error instanceof DuplicateKeyError && error.index === ACTIVE_CONSENT_INDEX) {
      throw new DomainError('INTAKE.CONSENT_ALREADY_GIVEN', 'conflict', 'The person has already given this consent, and it has not been withdrawn.');
    }
    throw error;
  }
  deps.outboxWritten();
  return consent;
}

const alreadyWithdrawn = () => new DomainError('INTAKE.CONSENT_ALREADY_WITHDRAWN', 'conflict', 'This consent was already withdrawn.');

/** Records a withdrawal and announces it (consent.withdrawn) so referral, reporting and transfers stop using it. */
export async function withdrawConsentUseCase(deps: ConsentDeps, input: Caller & { personId: string; consentId: string }): Promise<Consent> {
  const tenant = input.principal.centre;
  const current = await deps.consents.findById(tenant, input.personId, input.consentId);
  if (!current) throw new DomainError('INTAKE.CONSENT_NOT_FOUND', 'not-found', 'No such consent for this person at this centre.');
  const now = deps.clock();
  const withdrawn = withdrawConsent(current, input.principal.userId, now);
  const event = createEvent(
    consentWithdrawnV1,
    { personId: current.personId, consentId: current.id, scope: current.scope, withdrawnAt: now.toISOString() },
    meta(input, current.personId, now),
  );
  try {
    await deps.consents.update(withdrawn, current.version, [toOutboxRecord(consentWithdrawnV1, event, current.personId, now)]);
  } catch (error) {
    // A withdrawal is the only change a consent has: whoever changed it meanwhile withdrew it.
    if (error instanceof VersionConflictError) throw alreadyWithdrawn();
    throw error;
  }
  deps.outboxWritten();
  return { ...withdrawn, version: current.version + 1 };
}
