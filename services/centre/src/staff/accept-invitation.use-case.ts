import { DomainError } from '@corredor/contracts';
import { VersionConflictError } from '@corredor/persistence';
import { RequestValidationError } from '@corredor/service-kit';
import { hashInvitationToken } from './invitation-token';
import { invitationProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, transition, type Invitation, type StaffAccount } from './staff-account.domain';
import type { StaffDeps } from './staff-deps';

/** The shape of a link's token (base64url of 32 bytes, with room): anything else is not looked up. */
const INVITATION_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

const invitationNotFound = () => new DomainError('STAFF.INVITATION_NOT_FOUND', 'not-found', 'This invitation link is not valid: check that it was copied whole.');

/** The invitation behind a link, if it can still be used; else the reason, as a DomainError. */
export async function usableInvitation(deps: StaffDeps, token: string): Promise<{ invitation: Invitation; account: StaffAccount }> {
  const invitation = INVITATION_TOKEN.test(token) ? await deps.staff.findInvitationByTokenHash(hashInvitationToken(token)) : null;
  if (!invitation) throw invitationNotFound();
  const problem = invitationProblem(invitation, deps.clock());
  if (problem) throw problem;
  const account = await deps.staff.findAccount(invitation.accountId);
  if (!account) throw new DomainError('STAFF.INVITATION_NOT_FOUND', 'not-found', 'This invitation link is not valid.');
  const centre = await deps.centres.findById(account.tenant);
  if (!centre || centre.status !== 'active') {
    throw new DomainError(centre?.status === 'archived' ? 'CENTRE.ARCHIVED' : 'CENTRE.SUSPENDED', 'forbidden', 'The centre is not active: nobody can sign up now.');
  }
  return { invitation, account };
}

export function checkPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw new RequestValidationError([
      { field: 'body.password', message: `must be between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters long` },
    ]);
  }
}

/** The invitee sets a password: the account becomes active and the link stops working, together. */
export async function acceptInvitationUseCase(deps: StaffDeps, input: { token: string; password: string }): Promise<StaffAccount> {
  // A link that cannot be one is answered as such before the password is judged.
  if (!INVITATION_TOKEN.test(input.token)) throw invitationNotFound();
  checkPasswordPolicy(input.password);
  const { invitation, account } = await usableInvitation(deps, input.token);
  const now = deps.clock();
  const accepted = { ...transition(account, 'accept', now), passwordHash: await deps.hasher.hash(input.password) };
  try {
    await deps.staff.acceptInvitation(invitation.id, now, accepted, account.version);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new DomainError('STAFF.INVITATION_USED', 'gone', 'This invitation has already been used: sign in instead.');
    }
    throw error;
  }
  return { ...accepted, version: account.version + 1 };
}
