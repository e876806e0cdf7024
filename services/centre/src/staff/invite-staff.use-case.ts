import { randomUUID } from 'node:crypto';
import { DomainError, type StaffRole } from '@corredor/contracts';
import { DuplicateKeyError } from '@corredor/persistence';
import type { NetworkPrincipal } from '@corredor/service-kit';
import type { Centre } from '../centres/centre.domain';
import { centreOfNetwork } from '../centres/manage-centre.use-case';
import { newInvitationToken } from './invitation-token';
import { normaliseEmail, transition, type Invitation, type StaffAccount } from './staff-account.domain';
import type { StaffDeps } from './staff-deps';

export interface NewStaff {
  name: string;
  email: string;
  roles: StaffRole[];
  preferredLanguage: string;
}

export interface IssuedInvitation {
  /** The one-time link; shown once, never stored (only its hash is). */
  url: string;
  expiresAt: Date;
}

/**
 * Operators invite a centre's first coordinator, and nobody else: once the centre has an active
 * coordinator, its own coordinators invite staff, and an operator can no more hand themselves (or
 * anyone) a way into the centre's data.
 */
export async function refuseOnceCoordinated(deps: StaffDeps, centreId: string): Promise<void> {
  const accounts = await deps.staff.listAccounts(centreId);
  if (accounts.some((account) => account.status === 'active' && account.roles.includes('coordinator'))) {
    throw new DomainError('STAFF.CENTRE_HAS_COORDINATOR', 'conflict', "The centre has an active coordinator: the centre's coordinators invite its staff now.");
  }
}

const emailTaken = () => new DomainError('STAFF.EMAIL_TAKEN', 'conflict', 'An account with this email already exists.');

function makeInvitation(deps: StaffDeps, account: StaffAccount, now: Date): { invitation: Invitation; issued: IssuedInvitation } {
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + deps.invitationTtlMs);
  return {
    invitation: { id: (deps.newId ?? randomUUID)(), tenant: account.tenant, accountId: account.id, tokenHash, createdAt: now, expiresAt, usedAt: null, revokedAt: null },
    issued: { url: `${deps.publicUrl.replace(/\/$/, '')}/invitations/${token}`, expiresAt },
  };
}

async function activeCentre(deps: StaffDeps, tenant: string): Promise<Centre> {
  const centre = await deps.centres.findById(tenant);
  if (!centre) throw new DomainError('CENTRE.NOT_FOUND', 'not-found', 'No such centre.');
  if (centre.status !== 'active') throw new DomainError('CENTRE.NOT_ACTIVE', 'conflict', `The centre is ${centre.status}: nobody can be invited.`);
  return centre;
}

/** A coordinator invites someone to their centre with one or more roles. */
export async function inviteStaffUseCase(
  deps: StaffDeps,
  input: { tenant: string; invitedBy: string; staff: NewStaff },
): Promise<{ account: StaffAccount; invitation: IssuedInvitation }> {
  await activeCentre(deps, input.tenant);
  const now = deps.clock();
  const account: StaffAccount = {
    id: (deps.newId ?? randomUUID)(),
    tenant: input.tenant,
    email: normaliseEmail(input.staff.email),
    name: input.staff.name,
    roles: input.staff.roles,
    preferredLanguage: input.staff.preferredLanguage,
    status: 'invited',
    passwordHash: null,
    totpSecret: null,
    totpLastStep: null,
    invitedBy: input.invitedBy,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const { invitation, issued } = makeInvitation(deps, account, now);
  try {
    await deps.staff.addAccount(account, invitation);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw emailTaken();
    throw error;
  }
  return { account, invitation: issued };
}

/** A new link for an account that has not signed up yet; the earlier link stops working. */
export async function reissueInvitationUseCase(deps: StaffDeps, input: { tenant: string; accountId: string }): Promise<IssuedInvitation> {
  await activeCentre(deps, input.tenant);
  const account = await deps.staff.findAccount(input.accountId);
  if (!account || account.tenant !== input.tenant) throw new DomainError('STAFF.NOT_FOUND', 'not-found', 'No such account at this centre.');
  const now = deps.clock();
  transition(account, 'reinvite', now);
  const { invitation, issued } = makeInvitation(deps, account, now);
  await deps.staff.issueInvitation(invitation);
  return issued;
}

export type CoordinatorStatus =
  | { status: 'invited'; created: boolean; accountId: string; invitation: IssuedInvitation }
  | { status: 'invited'; created: false; accountId: string; invitation: null; pendingUntil: Date }
  | { status: 'active'; created: false; accountId: string };

/**
 * The operator's step "invite coordinator", idempotent: invites the first coordinator once; run
 * again, it reports the pending invitation (or the active account) instead of sending another.
 */
export async function ensureCoordinatorUseCase(
  deps: StaffDeps,
  input: { principal: NetworkPrincipal; centreId: string; coordinator: Omit<NewStaff, 'roles'> },
): Promise<CoordinatorStatus> {
  const centre = await centreOfNetwork(deps, input.principal, input.centreId);
  const existing = await deps.staff.findAccountByEmail(normaliseEmail(input.coordinator.email));
  if (!existing || existing.tenant !== centre.id || existing.status !== 'active') await refuseOnceCoordinated(deps, centre.id);
  if (!existing) {
    const { account, invitation } = await inviteStaffUseCase(deps, {
      tenant: centre.id,
      invitedBy: input.principal.userId,
      staff: { ...input.coordinator, roles: ['coordinator'] },
    });
    return { status: 'invited', created: true, accountId: account.id, invitation };
  }
  if (existing.tenant !== centre.id) throw emailTaken();
  if (existing.status === 'active') return { status: 'active', created: false, accountId: existing.id };
  if (existing.status === 'deactivated') {
    throw new DomainError('STAFF.ACCOUNT_DEACTIVATED', 'conflict', "The coordinator's account is deactivated: the centre's coordinators can reactivate it.");
  }
  const pending = await deps.staff.pendingInvitation(existing.id);
  if (pending && pending.expiresAt.getTime() > deps.clock().getTime()) {
    return { status: 'invited', created: false, accountId: existing.id, invitation: null, pendingUntil: pending.expiresAt };
  }
  // The earlier link expired: a fresh one is the only way forward.
  const invitation = await reissueInvitationUseCase(deps, { tenant: centre.id, accountId: existing.id });
  return { status: 'invited', created: true, accountId: existing.id, invitation };
}

/** The operator's `reinvite`: a fresh link for the centre's first coordinator, while nobody coordinates it yet. */
export async function reissueCoordinatorInvitationUseCase(deps: StaffDeps, input: { principal: NetworkPrincipal; centreId: string }): Promise<IssuedInvitation> {
  const centre = await centreOfNetwork(deps, input.principal, input.centreId);
  await refuseOnceCoordinated(deps, centre.id);
  const pending = (await deps.staff.listAccounts(centre.id)).find((account) => account.status === 'invited' && account.roles.includes('coordinator'));
  if (!pending) throw new DomainError('STAFF.NO_PENDING_COORDINATOR', 'conflict', 'No coordinator of this centre is waiting for an invitation.');
  return reissueInvitationUseCase(deps, { tenant: centre.id, accountId: pending.id });
}
