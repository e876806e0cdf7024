import { DomainError, type StaffRole } from '@corredor/contracts';

export const ACCOUNT_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** A member of a centre's staff. Email is unique across the platform: it is how they sign in. */
export interface StaffAccount {
  id: string;
  tenant: string;
  email: string;
  name: string;
  roles: StaffRole[];
  preferredLanguage: string;
  status: AccountStatus;
  /** argon2id; null until the invitation is accepted. */
  passwordHash: string | null;
  /** TOTP secret (base32) once enrolled. */
  totpSecret: string | null;
  /** The last TOTP time step accepted: that code and earlier ones are refused (no replay). */
  totpLastStep: number | null;
  invitedBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** A one-time link to set a password. Only a hash of its token is kept. */
export interface Invitation {
  id: string;
  tenant: string;
  accountId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type AccountCommand = 'accept' | 'deactivate' | 'reactivate' | 'reinvite';

type Outcome = { to: AccountStatus | 'previous' } | { refuse: string; kind: 'conflict' | 'gone'; message: string };

/** The account lifecycle: one table of what each command does in each status. */
const LIFECYCLE: Record<AccountStatus, Record<AccountCommand, Outcome>> = {
  invited: {
    accept: { to: 'active' },
    deactivate: { to: 'deactivated' },
    reactivate: { refuse: 'STAFF.NOT_DEACTIVATED', kind: 'conflict', message: 'The account is not deactivated.' },
    reinvite: { to: 'invited' },
  },
  active: {
    accept: { refuse: 'STAFF.INVITATION_USED', kind: 'gone', message: 'This invitation has already been used: sign in instead.' },
    deactivate: { to: 'deactivated' },
    reactivate: { refuse: 'STAFF.NOT_DEACTIVATED', kind: 'conflict', message: 'The account is not deactivated.' },
    reinvite: { refuse: 'STAFF.ALREADY_ACTIVE', kind: 'conflict', message: 'The account is already active: nothing to invite.' },
  },
  deactivated: {
    accept: { refuse: 'STAFF.ACCOUNT_DEACTIVATED', kind: 'gone', message: 'This account has been deactivated.' },
    deactivate: { refuse: 'STAFF.ALREADY_DEACTIVATED', kind: 'conflict', message: 'The account is already deactivated.' },
    // Back to where it was: active if a password was ever set, invited otherwise.
    reactivate: { to: 'previous' },
    reinvite: { refuse: 'STAFF.ACCOUNT_DEACTIVATED', kind: 'conflict', message: 'Reactivate the account first.' },
  },
};

export function transition(account: StaffAccount, command: AccountCommand, now: Date): StaffAccount {
  const outcome = LIFECYCLE[account.status][command];
  if ('refuse' in outcome) throw new DomainError(outcome.refuse, outcome.kind, outcome.message);
  const to = outcome.to === 'previous' ? (account.passwordHash ? 'active' : 'invited') : outcome.to;
  return { ...account, status: to, updatedAt: now };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Coordinators and lawyers need a second factor when their centre requires one. */
export function needsSecondFactor(roles: readonly StaffRole[], centreRequiresIt: boolean): boolean {
  return centreRequiresIt && roles.some((role) => role === 'coordinator' || role === 'lawyer');
}

/** Whether an invitation can still be used; the reason when it cannot. */
export function invitationProblem(invitation: Invitation, now: Date): DomainError | null {
  if (invitation.usedAt) return new DomainError('STAFF.INVITATION_USED', 'gone', 'This invitation has already been used: sign in instead.');
  if (invitation.revokedAt) return new DomainError('STAFF.INVITATION_REVOKED', 'gone', 'A newer invitation replaced this one: use the latest link.');
  if (invitation.expiresAt.getTime() <= now.getTime()) {
    return new DomainError('STAFF.INVITATION_EXPIRED', 'gone', 'This invitation has expired: ask your coordinator for a new one.');
  }
  return null;
}

/** A centre must keep an active coordinator: refuses a change that would leave it without one. */
export function keepsACoordinator(accounts: readonly StaffAccount[], changed: StaffAccount): void {
  const after = accounts.map((account) => (account.id === changed.id ? changed : account));
  const before = accounts.filter((a) => a.status === 'active' && a.roles.includes('coordinator')).length;
  const remaining = after.filter((a) => a.status === 'active' && a.roles.includes('coordinator')).length;
  if (before > 0 && remaining === 0) {
    throw new DomainError('STAFF.LAST_COORDINATOR', 'conflict', 'The centre would be left without an active coordinator.');
  }
}
