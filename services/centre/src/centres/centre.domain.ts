import { centreSpecSchema, DomainError, type CentreDataKey, type CentreSnapshot, type CentreSpec, type CentreStatus } from '@corredor/contracts';

/** A data key as the registry holds it: wrapped by the master key, never in the clear. */
export interface ActiveDataKey {
  state: 'active';
  id: string;
  wrapped: string;
  issuedAt: Date;
}

/** What is left of a destroyed data key: when, and which operator did it (the key itself is gone). */
export interface DestroyedDataKey {
  state: 'destroyed';
  destroyedAt: Date;
  destroyedBy: string;
}

export type StoredDataKey = ActiveDataKey | DestroyedDataKey;

/** A centre as the registry keeps it. `version` is the configuration version: it increases on every change. */
export interface Centre extends CentreSpec {
  id: string;
  status: CentreStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Absent for a centre registered before data keys existed, until the service's start issues one. */
  dataKey?: StoredDataKey;
}

export type CentreEventType =
  | 'centre.provisioned'
  | 'centre.updated'
  | 'centre.suspended'
  | 'centre.reactivated'
  | 'centre.archived'
  | 'centre.data-key-issued'
  | 'centre.data-key-destroyed';

export type StatusCommand = 'suspend' | 'reactivate' | 'archive';

export interface FieldChange {
  field: keyof CentreSpec;
  from: unknown;
  to: unknown;
}

export type CentreDecision =
  | { kind: 'changed'; centre: Centre; event: CentreEventType; changes: FieldChange[] }
  | { kind: 'unchanged'; centre: Centre };

type Command = StatusCommand | 'update' | 'issueDataKey' | 'destroyDataKey';

type Outcome = { to: CentreStatus; event: CentreEventType } | { refuse: string; message: string };

const NOT_ARCHIVED: Outcome = {
  refuse: 'CENTRE.NOT_ARCHIVED',
  message: "Only an archived centre's data key can be destroyed: archive the centre first.",
};

/**
 * The centre lifecycle: one table of what each command does in each status. A data key is issued
 * in any status (centres from before data keys get one at start-up); it is destroyed only once
 * the centre is archived, for good: nothing can be read of the centre's people after that.
 */
const LIFECYCLE: Record<CentreStatus, Record<Command, Outcome>> = {
  active: {
    update: { to: 'active', event: 'centre.updated' },
    suspend: { to: 'suspended', event: 'centre.suspended' },
    reactivate: { refuse: 'CENTRE.NOT_SUSPENDED', message: 'The centre is active, not suspended.' },
    archive: { to: 'archived', event: 'centre.archived' },
    issueDataKey: { to: 'active', event: 'centre.data-key-issued' },
    destroyDataKey: NOT_ARCHIVED,
  },
  suspended: {
    update: { to: 'suspended', event: 'centre.updated' },
    suspend: { refuse: 'CENTRE.ALREADY_SUSPENDED', message: 'The centre is already suspended.' },
    reactivate: { to: 'active', event: 'centre.reactivated' },
    archive: { to: 'archived', event: 'centre.archived' },
    issueDataKey: { to: 'suspended', event: 'centre.data-key-issued' },
    destroyDataKey: NOT_ARCHIVED,
  },
  archived: {
    update: { refuse: 'CENTRE.ARCHIVED', message: 'The centre is archived: it cannot change any more.' },
    suspend: { refuse: 'CENTRE.ARCHIVED', message: 'The centre is archived: it cannot change any more.' },
    reactivate: { refuse: 'CENTRE.ARCHIVED', message: 'The centre is archived: it cannot change any more.' },
    archive: { refuse: 'CENTRE.ALREADY_ARCHIVED', message: 'The centre is already archived.' },
    issueDataKey: { to: 'archived', event: 'centre.data-key-issued' },
    destroyDataKey: { to: 'archived', event: 'centre.data-key-destroyed' },
  },
};

function follow(status: CentreStatus, command: Command): { to: CentreStatus; event: CentreEventType } {
  const outcome = LIFECYCLE[status][command];
  if ('refuse' in outcome) throw new DomainError(outcome.refuse, 'conflict', outcome.message);
  return outcome;
}

const SPEC_FIELDS = Object.keys(centreSpecSchema.shape) as Array<keyof CentreSpec>;

/** Stable JSON: object keys sorted, so `{email, phone}` and `{phone, email}` compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** What differs between the registered spec and the declared one, field by field (order of lists matters: the first language is the centre's main one). */
export function diffSpec(current: CentreSpec, declared: CentreSpec): FieldChange[] {
  return SPEC_FIELDS.filter((field) => canonical(current[field]) !== canonical(declared[field])).map((field) => ({
    field,
    from: current[field],
    to: declared[field],
  }));
}

export function specOf(centre: Centre): CentreSpec {
  return Object.fromEntries(SPEC_FIELDS.map((field) => [field, centre[field]])) as CentreSpec;
}

/**
 * Declares a centre: provisions it, updates what changed, or changes nothing (like `kubectl apply`).
 * A new centre is provisioned with its data key (`newDataKey`, wrapped by the caller).
 */
export function applySpec(current: Centre | null, id: string, spec: CentreSpec, now: Date, newDataKey?: ActiveDataKey): CentreDecision {
  if (!current) {
    if (!newDataKey) throw new Error('a new centre is provisioned with its data key');
    const centre: Centre = { ...spec, id, status: 'active', version: 1, createdAt: now, updatedAt: now, dataKey: newDataKey };
    return { kind: 'changed', event: 'centre.provisioned', changes: [], centre };
  }
  const { to, event } = follow(current.status, 'update');
  const changes = diffSpec(specOf(current), spec);
  if (changes.length === 0) return { kind: 'unchanged', centre: current };
  return { kind: 'changed', event, changes, centre: { ...current, ...spec, status: to, version: current.version + 1, updatedAt: now } };
}

export function changeStatus(current: Centre, command: StatusCommand, now: Date): CentreDecision & { kind: 'changed' } {
  const { to, event } = follow(current.status, command);
  return { kind: 'changed', event, changes: [], centre: { ...current, status: to, version: current.version + 1, updatedAt: now } };
}

/** Gives a centre that has none (registered before data keys existed) its first data key. */
export function issueDataKey(current: Centre, dataKey: ActiveDataKey, now: Date): CentreDecision & { kind: 'changed' } {
  if (current.dataKey) {
    // Never a second one: a destroyed key stays destroyed, and an active one is the key its data is sealed under.
    throw new DomainError('CENTRE.HAS_DATA_KEY', 'conflict', 'The centre already has a data key.');
  }
  const { to, event } = follow(current.status, 'issueDataKey');
  return { kind: 'changed', event, changes: [], centre: { ...current, status: to, version: current.version + 1, updatedAt: now, dataKey } };
}

/**
 * Crypto-shredding: drops the centre's wrapped data key, so nothing sealed under it can be read
 * again anywhere. Irreversible, so the operator types the centre's id again to confirm.
 */
export function destroyDataKey(current: Centre, input: { confirmation: string; by: string }, now: Date): CentreDecision & { kind: 'changed' } {
  if (input.confirmation !== current.id) {
    throw new DomainError('CENTRE.CONFIRMATION_MISMATCH', 'validation', "The confirmation must be the centre's id, typed again.");
  }
  if (current.dataKey?.state === 'destroyed') {
    throw new DomainError('CENTRE.DATA_KEY_ALREADY_DESTROYED', 'conflict', "The centre's data key was already destroyed.");
  }
  const { to, event } = follow(current.status, 'destroyDataKey');
  const dataKey: DestroyedDataKey = { state: 'destroyed', destroyedAt: now, destroyedBy: input.by };
  return { kind: 'changed', event, changes: [], centre: { ...current, status: to, version: current.version + 1, updatedAt: now, dataKey } };
}

/** The data key as every service sees it: wrapped while active, only the time once destroyed. */
function publishedDataKey(dataKey: StoredDataKey): CentreDataKey {
  return dataKey.state === 'active'
    ? { state: 'active', id: dataKey.id, wrapped: dataKey.wrapped }
    : { state: 'destroyed', destroyedAt: dataKey.destroyedAt.toISOString() };
}

export function snapshotOf(centre: Centre): CentreSnapshot {
  const { contact: _officeOnly, ...spec } = specOf(centre);
  return {
    ...spec,
    id: centre.id,
    status: centre.status,
    configVersion: centre.version,
    ...(centre.dataKey ? { dataKey: publishedDataKey(centre.dataKey) } : {}),
  };
}

/** Whether two network lists differ in any network other than `own` (which its operator may change). */
export function changesOtherNetworks(current: readonly string[], declared: readonly string[], own: string): boolean {
  const others = (list: readonly string[]) => [...new Set(list.filter((network) => network !== own))].sort().join(',');
  return others(current) !== others(declared);
}

export function belongsToNetwork(centre: Pick<Centre, 'networks'>, network: string): boolean {
  return centre.networks.includes(network);
}
