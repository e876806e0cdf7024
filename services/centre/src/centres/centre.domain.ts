import { centreSpecSchema, DomainError, type CentreSnapshot, type CentreSpec, type CentreStatus } from '@corredor/contracts';

/** A centre as the registry keeps it. `version` is the configuration version: it increases on every change. */
export interface Centre extends CentreSpec {
  id: string;
  status: CentreStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type CentreEventType = 'centre.provisioned' | 'centre.updated' | 'centre.suspended' | 'centre.reactivated' | 'centre.archived';

export type StatusCommand = 'suspend' | 'reactivate' | 'archive';

export interface FieldChange {
  field: keyof CentreSpec;
  from: unknown;
  to: unknown;
}

export type CentreDecision =
  | { kind: 'changed'; centre: Centre; event: CentreEventType; changes: FieldChange[] }
  | { kind: 'unchanged'; centre: Centre };

type Outcome = { to: CentreStatus; event: CentreEventType } | { refuse: string; message: string };

/** The centre lifecycle: one table of what each command does in each status. */
const LIFECYCLE: Record<CentreStatus, Record<StatusCommand | 'update', Outcome>> = {
  active: {
    update: { to: 'active', event: 'centre.updated' },
    suspend: { to: 'suspended', event: 'centre.suspended' },
    reactivate: { refuse: 'CENTRE.NOT_SUSPENDED', message: 'The centre is active, not suspended.' },
    archive: { to: 'archived', event: 'centre.archived' },
  },
  suspended: {
    update: { to: 'suspended', event: 'centre.updated' },
    suspend: { refuse: 'CENTRE.ALREADY_SUSPENDED', message: 'The centre is already suspended.' },
    reactivate: { to: 'active', event: 'centre.reactivated' },
    archive: { to: 'archived', event: 'centre.archived' },
  },
  archived: {
    update: { refuse: 'CENTRE.ARCHIVED', message: 'The centre is archived: it cannot change any more.' },
    suspend: { refuse: 'CENTRE.ARCHIVED', message: 'The centre is archived: it cannot change any more.' },
    reactivate: { refuse: 'CENTRE.ARCHIVED', message: 'The centre is archived: it cannot change any more.' },
    archive: { refuse: 'CENTRE.ALREADY_ARCHIVED', message: 'The centre is already archived.' },
  },
};

function follow(status: CentreStatus, command: StatusCommand | 'update'): { to: CentreStatus; event: CentreEventType } {
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

/** Declares a centre: provisions it, updates what changed, or changes nothing (like `kubectl apply`). */
export function applySpec(current: Centre | null, id: string, spec: CentreSpec, now: Date): CentreDecision {
  if (!current) {
    return { kind: 'changed', event: 'centre.provisioned', changes: [], centre: { ...spec, id, status: 'active', version: 1, createdAt: now, updatedAt: now } };
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

export function snapshotOf(centre: Centre): CentreSnapshot {
  const { contact: _officeOnly, ...spec } = specOf(centre);
  return { ...spec, id: centre.id, status: centre.status, configVersion: centre.version };
}

/** Whether two network lists differ in any network other than `own` (which its operator may change). */
export function changesOtherNetworks(current: readonly string[], declared: readonly string[], own: string): boolean {
  const others = (list: readonly string[]) => [...new Set(list.filter((network) => network !== own))].sort().join(',');
  return others(current) !== others(declared);
}

export function belongsToNetwork(centre: Pick<Centre, 'networks'>, network: string): boolean {
  return centre.networks.includes(network);
}
