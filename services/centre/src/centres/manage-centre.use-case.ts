import { DomainError, type CentreSpec } from '@corredor/contracts';
import type { KeyWrapper } from '@corredor/crypto';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { NetworkPrincipal } from '@corredor/service-kit';
import { applySpec, belongsToNetwork, changeStatus, changesOtherNetworks, type Centre, type FieldChange, type StatusCommand } from './centre.domain';
import { newWrappedDataKey } from './data-key-issuer';
import { centreEventRecord } from './centre-events';
import type { CentreRepository } from './centre.repository';

export interface ManageCentreDeps {
  centres: CentreRepository;
  clock: () => Date;
  outboxWritten: () => void;
  /** Wraps each new centre's data key (the master key from config, or a KMS). */
  keyWrapper: KeyWrapper;
}

export interface ApplyResult {
  result: 'created' | 'updated' | 'unchanged';
  centre: Centre;
  changes: FieldChange[];
}

const notFound = () => new DomainError('CENTRE.NOT_FOUND', 'not-found', 'Your network has no centre with this id.');

/** A centre of the operator's network, or 404: other networks' centres are not theirs to see. */
export async function centreOfNetwork(deps: Pick<ManageCentreDeps, 'centres'>, principal: NetworkPrincipal, id: string): Promise<Centre> {
  const centre = await deps.centres.findById(id);
  if (!centre || !belongsToNetwork(centre, principal.network)) throw notFound();
  return centre;
}

/** `apply`: registers the centre, updates what changed, or changes nothing. Idempotent. */
export async function applyCentreUseCase(
  deps: ManageCentreDeps,
  input: { principal: NetworkPrincipal; id: string; spec: CentreSpec; requestId: string },
): Promise<ApplyResult> {
  if (!belongsToNetwork(input.spec, input.principal.network)) {
    throw new DomainError('CENTRE.OUTSIDE_NETWORK', 'forbidden', `The centre must belong to your network (${input.principal.network}).`);
  }
  const current = await deps.centres.findById(input.id);
  if (current && !belongsToNetwork(current, input.principal.network)) {
    throw new DomainError('CENTRE.ID_TAKEN', 'conflict', 'Another network already has a centre with this id: choose another id.');
  }
  // A centre shared by several networks: each network's operators answer for their own membership only.
  if (current && changesOtherNetworks(current.networks, input.spec.networks, input.principal.network)) {
    throw new DomainError('CENTRE.NETWORKS_NOT_YOURS', 'forbidden', "You may change your own network's membership only; the other networks must stay as they are.");
  }
  const now = deps.clock();
  const decision = applySpec(current, input.id, input.spec, now, current ? undefined : await newWrappedDataKey(deps.keyWrapper, input.id, now));
  if (decision.kind === 'unchanged') return { result: 'unchanged', centre: decision.centre, changes: [] };
  const record = centreEventRecord(decision, { requestId: input.requestId, now });
  try {
    if (current) await deps.centres.update(decision.centre, current.version, [record]);
    else await deps.centres.add(decision.centre, [record]);
  } catch (error) {
    // Someone applied at the same moment: their write won; the operator runs apply again.
    if (error instanceof DuplicateKeyError || error instanceof VersionConflictError) {
      throw new DomainError('CENTRE.CHANGED_CONCURRENTLY', 'conflict', 'The centre changed while this was being applied: apply again.');
    }
    throw error;
  }
  deps.outboxWritten();
  return { result: current ? 'updated' : 'created', centre: decision.centre, changes: decision.changes };
}

/** Suspends, reactivates or archives a centre of the operator's network. */
export async function changeCentreStatusUseCase(
  deps: ManageCentreDeps,
  input: { principal: NetworkPrincipal; id: string; command: StatusCommand; requestId: string },
): Promise<Centre> {
  const current = await centreOfNetwork(deps, input.principal, input.id);
  const now = deps.clock();
  return saveDecision(deps, current, changeStatus(current, input.command, now), { requestId: input.requestId, now });
}

/** Saves a decision about a centre read at `current` with its event; a centre changed meanwhile is a conflict to retry. */
export async function saveDecision(
  deps: ManageCentreDeps,
  current: Centre,
  decision: Parameters<typeof centreEventRecord>[0],
  meta: { requestId: string; now: Date },
): Promise<Centre> {
  try {
    await deps.centres.update(decision.centre, current.version, [centreEventRecord(decision, meta)]);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new DomainError('CENTRE.CHANGED_CONCURRENTLY', 'conflict', 'The centre changed meanwhile: look at it again and retry.');
    }
    throw error;
  }
  deps.outboxWritten();
  return decision.centre;
}
