import { accountActions, emptyInvite, inviteBody, inviteErrors, leavesNoCoordinator, rolesErrors, STAFF_ERRORS, withRole, type StaffAccount } from './staff-rules';

describe('inviting someone', () => {
  it('sends the name and email as typed, trimmed, with the roles in one order', () => {
    const draft = { name: '  Ana Pérez ', email: ' ana@example.org ', roles: withRole(withRole([], 'lawyer', true), 'promoter', true), preferredLanguage: 'ht' };
    expect(inviteErrors(draft)).toEqual({});
    expect(inviteBody(draft)).toEqual({ name: 'Ana Pérez', email: 'ana@example.org', roles: ['promoter', 'lawyer'], preferredLanguage: 'ht' });
  });

  it('needs a name, an email address and at least one role', () => {
    expect(inviteErrors(emptyInvite('es'))).toEqual({ name: STAFF_ERRORS.nameRequired, email: STAFF_ERRORS.emailInvalid, roles: STAFF_ERRORS.rolesRequired });
    expect(inviteErrors({ name: 'Ana', email: 'ana@', roles: ['promoter'], preferredLanguage: 'es' })).toEqual({ email: STAFF_ERRORS.emailInvalid });
  });

  it('refuses a name hiding a direction override, as the service does', () => {
    expect(inviteErrors({ name: 'Ana\u202eZ', email: 'a@b.org', roles: ['promoter'], preferredLanguage: 'es' })).toEqual({ name: STAFF_ERRORS.hiddenCharacters });
  });
});

describe('roles', () => {
  it('adds and removes a role, never twice', () => {
    expect(withRole(['promoter'], 'promoter', true)).toEqual(['promoter']);
    expect(withRole(['coordinator', 'promoter'], 'coordinator', false)).toEqual(['promoter']);
    expect(rolesErrors([])).toEqual({ roles: STAFF_ERRORS.rolesRequired });
  });
});

const account = (id: string, status: StaffAccount['status'], roles: StaffAccount['roles']) => ({ id, status, roles });

describe('keeping an active coordinator', () => {
  const staff = [account('lucia', 'active', ['coordinator']), account('jean', 'active', ['promoter']), account('rosa', 'invited', ['coordinator'])];

  it('warns before the last active coordinator is deactivated or loses the role', () => {
    expect(leavesNoCoordinator(staff, 'lucia', { status: 'deactivated' })).toBe(true);
    expect(leavesNoCoordinator(staff, 'lucia', { roles: ['promoter'] })).toBe(true);
  });

  it('lets it happen when another active coordinator remains, or for anyone else', () => {
    expect(leavesNoCoordinator([...staff, account('marco', 'active', ['coordinator', 'lawyer'])], 'lucia', { status: 'deactivated' })).toBe(false);
    expect(leavesNoCoordinator(staff, 'jean', { status: 'deactivated' })).toBe(false);
    expect(leavesNoCoordinator(staff, 'lucia', { roles: ['coordinator', 'lawyer'] })).toBe(false);
  });
});

describe('what each account allows', () => {
  it('re-issues links only to invited accounts and reactivates only deactivated ones', () => {
    expect(accountActions({ status: 'invited', secondFactorEnrolled: false })).toEqual({ deactivate: true, reactivate: false, reinvite: true, resetSecondFactor: false });
    expect(accountActions({ status: 'active', secondFactorEnrolled: true })).toEqual({ deactivate: true, reactivate: false, reinvite: false, resetSecondFactor: true });
    expect(accountActions({ status: 'deactivated', secondFactorEnrolled: true })).toEqual({ deactivate: false, reactivate: true, reinvite: false, resetSecondFactor: false });
  });
});
