import { VersionConflictError } from '@corredor/persistence';
import { countInStatistics } from './case.domain';
import type { Causation } from './case-events';
import { saveDecision, type CaseStoreDeps } from './change-case.use-case';

/** A person's cases at one centre that a consent change updates at most (one person holds a handful). */
export const MAX_CASES_OF_PERSON = 100;

/** Staff may be changing the same case meanwhile: read it again and retry this many times. */
const ATTEMPTS = 3;

export interface StatisticsConsentChange {
  tenant: string;
  personId: string;
  /** Whether the person now consents to be counted in anonymised statistics. */
  counted: boolean;
  cause: Causation;
}

/**
 * Makes every case of a person at a centre agree with their statistics consent: each case that
 * does not yet is changed through the case domain and saved with its history, at the version read;
 * a case changed meanwhile by staff is read again and the change retried. Cases that already agree
 * are left as they are, so running it again (a redelivered event) changes nothing.
 */
export async function countInStatisticsUseCase(deps: CaseStoreDeps, change: StatisticsConsentChange): Promise<void> {
  const cases = await deps.cases.ofPerson(change.tenant, change.personId, MAX_CASES_OF_PERSON);
  for (const found of cases) {
    let current = found;
    for (let attempt = 1; ; attempt += 1) {
      const context = { now: deps.clock(), actor: null };
      const decision = countInStatistics(current, { counted: change.counted }, context);
      try {
        await saveDecision(deps, current, decision, { ...context, ...change.cause });
        break;
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= ATTEMPTS) throw error;
        const reread = await deps.cases.findById(change.tenant, current.id);
        if (!reread) break;
        current = reread;
      }
    }
  }
}
