import { personErasedV1 } from '@corredor/contracts';
import { isDataDestroyed, type EventHandler, type SubscriberConfig } from '@corredor/messaging';
import { VersionConflictError } from '@corredor/persistence';
import { erasePersonalData } from '../cases/case.domain';
import { saveDecision, type CaseStoreDeps } from '../cases/change-case.use-case';

export const config: SubscriberConfig<typeof personErasedV1> = { group: 'case.erase-person', event: personErasedV1 };

/** A feature holding free texts on cases (notes, tasks, services, claims): what it erases of one case. */
export interface CaseDataEraser {
  eraseCase(tenant: string, caseId: string): Promise<void>;
}

/** A feature holding data of the person outside their cases (transfers, the consent projection). */
export interface PersonDataEraser {
  erasePerson(tenant: string, personId: string): Promise<void>;
}

export interface ErasePersonDeps extends CaseStoreDeps {
  caseData: readonly CaseDataEraser[];
  personData: readonly PersonDataEraser[];
}

/** A person has at most a handful of cases at a centre; this bounds the read. */
export const MAX_CASES_ERASED = 100;
/** A member of staff may be changing a case meanwhile: read it again and retry this many times. */
const ATTEMPTS = 3;

/**
 * Erases a person's personal data at the centre (person.erased): in each of their cases the free
 * texts of every feature (notes, tasks, services, claims), then the case's alias and profile; then
 * their transfers' reasons and the consents held of them. What statistics and the centre's history
 * need stays: statuses, dates, codes, amounts, counts. Each step is idempotent and runs in its own
 * store's transaction; a failure part-way makes the consumer redeliver, and the next attempt
 * finishes the work (an erased case keeps its random person id, so it is found again).
 * Nothing is left to erase at a centre whose data key was destroyed: everything is unreadable already.
 */
export const handler =
  (deps: ErasePersonDeps): EventHandler<typeof personErasedV1> =>
  async (event) => {
    const tenant = event.tenantid;
    const { personId } = event.data;
    try {
      for (const kase of await deps.cases.ofPerson(tenant, personId, MAX_CASES_ERASED)) {
        for (const part of deps.caseData) await part.eraseCase(tenant, kase.id);
        await eraseCase(deps, tenant, kase.id, { correlationId: event.correlationid, causationId: event.id });
      }
      for (const part of deps.personData) await part.erasePerson(tenant, personId);
    } catch (error) {
      if (isDataDestroyed(error)) return;
      throw error;
    }
  };

async function eraseCase(deps: ErasePersonDeps, tenant: string, caseId: string, cause: { correlationId: string; causationId: string }): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await deps.cases.findById(tenant, caseId);
    if (!current) return;
    const context = { now: deps.clock(), actor: null };
    try {
      await saveDecision(deps, current, erasePersonalData(current, context), { ...context, ...cause });
      return;
    } catch (error) {
      if (error instanceof VersionConflictError && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}
