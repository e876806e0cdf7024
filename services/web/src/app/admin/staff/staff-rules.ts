import type { components, operations } from '../../api/generated/centre';

/**
 * A centre's staff as its coordinator manages them: the invitation form → `POST /staff/invitations`
 * body, checked as the centre service checks it (staff.schemas.ts), and what each account's status
 * allows (staff-account.domain.ts's lifecycle).
 */

export type StaffAccount = components['schemas']['StaffAccount'];
export type StaffRole = StaffAccount['roles'][number];
export type InviteBody = operations['postStaffInvitations']['requestBody']['content']['application/json'];

export const STAFF_ROLES = ['coordinator', 'promoter', 'interpreter', 'lawyer'] as const satisfies readonly StaffRole[];

export interface InviteDraft {
  name: string;
  email: string;
  roles: StaffRole[];
  preferredLanguage: string;
}

export const emptyInvite = (preferredLanguage: string): InviteDraft => ({ name: '', email: '', roles: [], preferredLanguage });

export const STAFF_ERRORS = {
  nameRequired: 'staff.errors.nameRequired',
  nameTooLong: 'staff.errors.nameTooLong',
  hiddenCharacters: 'staff.errors.hiddenCharacters',
  emailInvalid: 'staff.errors.emailInvalid',
  rolesRequired: 'staff.errors.rolesRequired',
} as const;
export type StaffError = (typeof STAFF_ERRORS)[keyof typeof STAFF_ERRORS];

// A plain shape check: the service decides (zod's email rule); this catches a missing @ or domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/u;

/** Roles in the catalog's order, each once. */
export function withRole(roles: readonly StaffRole[], role: StaffRole, on: boolean): StaffRole[] {
  return STAFF_ROLES.filter((each) => (each === role ? on : roles.includes(each)));
}

export function inviteErrors(draft: InviteDraft): Record<string, StaffError> {
  const errors: Record<string, StaffError> = {};
  const name = draft.name.trim();
  if (name === '') errors['name'] = STAFF_ERRORS.nameRequired;
  else if (name.length > 120) errors['name'] = STAFF_ERRORS.nameTooLong;
  else if (HIDDEN_CHARACTERS.test(name)) errors['name'] = STAFF_ERRORS.hiddenCharacters;
  const email = draft.email.trim();
  if (!EMAIL.test(email) || email.length > 254) errors['email'] = STAFF_ERRORS.emailInvalid;
  if (draft.roles.length === 0) errors['roles'] = STAFF_ERRORS.rolesRequired;
  return errors;
}

export function inviteBody(draft: InviteDraft): InviteBody {
  return { name: draft.name.trim().normalize('NFC'), email: draft.email.trim(), roles: withRole(draft.roles, 'coordinator', draft.roles.includes('coordinator')), preferredLanguage: draft.preferredLanguage };
}

export function rolesErrors(roles: readonly StaffRole[]): Record<string, StaffError> {
  return roles.length === 0 ? { roles: STAFF_ERRORS.rolesRequired } : {};
}

/** What a coordinator may do to an account in its status (the service refuses the rest). */
export function accountActions(account: Pick<StaffAccount, 'status' | 'secondFactorEnrolled'>): { deactivate: boolean; reactivate: boolean; reinvite: boolean; resetSecondFactor: boolean } {
  return {
    deactivate: account.status !== 'deactivated',
    reactivate: account.status === 'deactivated',
    reinvite: account.status === 'invited',
    resetSecondFactor: account.status !== 'deactivated' && account.secondFactorEnrolled,
  };
}

const isActiveCoordinator = (account: Pick<StaffAccount, 'status' | 'roles'>) => account.status === 'active' && account.roles.includes('coordinator');

/**
 * Whether a change to one account would leave the centre without an active coordinator, which the
 * service refuses (STAFF.LAST_COORDINATOR): said before the coordinator tries.
 */
export function leavesNoCoordinator(accounts: ReadonlyArray<Pick<StaffAccount, 'id' | 'status' | 'roles'>>, id: string, change: { roles?: readonly StaffRole[]; status?: StaffAccount['status'] }): boolean {
  const before = accounts.filter(isActiveCoordinator).length;
  const after = accounts.map((account) => (account.id === id ? { ...account, roles: change.roles ? [...change.roles] : account.roles, status: change.status ?? account.status } : account)).filter(isActiveCoordinator).length;
  return before > 0 && after === 0;
}
