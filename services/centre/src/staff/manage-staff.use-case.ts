import { DomainError, type StaffRole } from '@corredor/contracts';
import { VersionConflictError } from '@corredor/persistence';
import { keepsACoordinator, transition, type StaffAccount } from './staff-account.domain';
import type { StaffDeps } from './staff-deps';

export type StaffChange = { kind: 'roles'; roles: StaffRole[] } | { kind: 'deactivate' } | { kind: 'reactivate' } | { kind: 'reset-second-factor' };

/** A coordinator changes an account of their own centre: roles, deactivation, reactivation. */
export async function changeStaffUseCase(deps: Pick<StaffDeps, 'staff' | 'clock'>, input: { tenant: string; accountId: string; change: StaffChange }): Promise<StaffAccount> {
  const account = await deps.staff.findAccount(input.accountId);
  if (!account || account.tenant !== input.tenant) throw new DomainError('STAFF.NOT_FOUND', 'not-found', 'No such account at this centre.');
  const now = deps.clock();
  const changed =
    input.change.kind === 'roles'
      ? { ...account, roles: input.change.roles, updatedAt: now }
      : input.change.kind === 'reset-second-factor'
        ? // A lost phone: the person enrols a new authenticator at their next sign-in.
          { ...account, totpSecret: null, totpLastStep: null, updatedAt: now }
        : transition(account, input.change.kind, now);
  keepsACoordinator(await deps.staff.listAccounts(input.tenant), changed);
  try {
    await deps.staff.updateAccount(changed, account.version);
  } catch (error) {
    if (error instanceof VersionConflictError) throw new DomainError('STAFF.CHANGED_CONCURRENTLY', 'conflict', 'The account changed meanwhile: look again and retry.');
    throw error;
  }
  return { ...changed, version: account.version + 1 };
}
