import { randomUUID } from 'node:crypto';
import { VersionConflictError } from '@corredor/persistence';
import type { NetworkPrincipal } from '@corredor/service-kit';
import { destroyDataKey, issueDataKey, type Centre } from './centre.domain';
import { centreEventRecord } from './centre-events';
import { newWrappedDataKey } from './data-key-issuer';
import { centreOfNetwork, saveDecision, type ManageCentreDeps } from './manage-centre.use-case';

/** How often a start-up issue retries a centre that changed under it (another instance, an operator). */
const ATTEMPTS = 3;

/**
 * At the service's start: gives every centre registered before data keys existed its key, announced
 * with `centre.data-key-issued` so every service can seal that centre's data. A centre that has a
 * key, or whose key was destroyed, is left alone, so running it again (or on several instances at
 * once) issues nothing twice. Returns the ids of the centres that got a key.
 */
export async function issueMissingDataKeysUseCase(deps: ManageCentreDeps): Promise<string[]> {
  const issued: string[] = [];
  for (const keyless of await deps.centres.listWithoutDataKey()) {
    if (await issueTo(deps, keyless)) issued.push(keyless.id);
  }
  if (issued.length > 0) deps.outboxWritten();
  return issued;
}

async function issueTo(deps: ManageCentreDeps, keyless: Centre): Promise<boolean> {
  let current: Centre | null = keyless;
  for (let attempt = 1; current && !current.dataKey; attempt += 1) {
    const now = deps.clock();
    const decision = issueDataKey(current, await newWrappedDataKey(deps.keyWrapper, current.id, now), now);
    const requestId = randomUUID();
    try {
      await deps.centres.update(decision.centre, current.version, [centreEventRecord(decision, { requestId, now })]);
      return true;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      // A centre that keeps changing under it is left for the next start.
      if (attempt >= ATTEMPTS) return false;
      current = await deps.centres.findById(current.id);
    }
  }
  return false;
}

/**
 * Destroys the data key of an archived centre of the operator's network (crypto-shredding). The
 * registry keeps when and by whom; the published snapshot keeps only when. The centre topic is
 * compacted by centre id, so the earlier events that held the wrapped key go with compaction.
 */
export async function destroyCentreDataKeyUseCase(
  deps: ManageCentreDeps,
  input: { principal: NetworkPrincipal; id: string; confirmation: string; requestId: string },
): Promise<Centre> {
  const current = await centreOfNetwork(deps, input.principal, input.id);
  const now = deps.clock();
  return saveDecision(deps, current, destroyDataKey(current, { confirmation: input.confirmation, by: input.principal.userId }, now), { requestId: input.requestId, now });
}
