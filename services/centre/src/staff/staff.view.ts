import type { StaffAccount } from './staff-account.domain';

/** An account as coordinators see it: never its password hash or second-factor secret. */
export function staffView(account: StaffAccount) {
  return {
    id: account.id,
    centre: account.tenant,
    name: account.name,
    email: account.email,
    roles: account.roles,
    preferredLanguage: account.preferredLanguage,
    status: account.status,
    secondFactorEnrolled: account.totpSecret !== null,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

export function invitationView(invitation: { url: string; expiresAt: Date }) {
  return { url: invitation.url, expiresAt: invitation.expiresAt.toISOString() };
}
