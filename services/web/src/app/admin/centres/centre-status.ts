import type { components } from '../../api/generated/centre';

/** A centre as its network's operators see it, and what its status lets them do (the centre service's lifecycle table). */
export type Centre = components['schemas']['Centre'];
export type CentreStatus = Centre['status'];
export type StatusCommand = 'suspend' | 'reactivate' | 'archive';

export const CENTRE_STATUSES = ['active', 'suspended', 'archived'] as const satisfies readonly CentreStatus[];

const COMMANDS: Record<CentreStatus, readonly StatusCommand[]> = {
  active: ['suspend', 'archive'],
  suspended: ['reactivate', 'archive'],
  // Archived is for good: nothing changes it any more.
  archived: [],
};

export function statusCommands(status: CentreStatus): readonly StatusCommand[] {
  return COMMANDS[status];
}

/** The access-matrix route of each command, for `useCan()`. */
export const COMMAND_ROUTES: Record<StatusCommand, string> = {
  suspend: 'POST /centres/:id/suspend',
  reactivate: 'POST /centres/:id/reactivate',
  archive: 'POST /centres/:id/archive',
};

/** Centres with a status, or all, by name. */
export function centresShown(centres: readonly Centre[], status: CentreStatus | 'all'): Centre[] {
  return centres.filter((centre) => status === 'all' || centre.status === status).sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}
