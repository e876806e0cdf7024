import { anAccount, anInvitation } from './staff.repository.contract';
import { invitationProblem, keepsACoordinator, needsSecondFactor, transition, type AccountCommand, type AccountStatus } from './staff-account.domain';

const now = new Date('2026-11-21T10:00:00Z');

describe('the staff account lifecycle', () => {
  it.each<[AccountStatus, AccountCommand, string | null, AccountStatus]>([
    ['invited', 'accept', null, 'active'],
    ['invited', 'deactivate', null, 'deactivated'],
    ['active', 'deactivate', null, 'deactivated'],
    ['deactivated', 'reactivate', 'hash', 'active'],
    ['deactivated', 'reactivate', null, 'invited'],
    ['invited', 'reinvite', null, 'invited'],
  ])('%s → %s (password %s) → %s', (status, command, passwordHash, to) => {
    expect(transition(anAccount({ status, passwordHash }), command, now).status).toBe(to);
  });

  it.each<[AccountStatus, AccountCommand, string]>([
    ['active', 'accept', 'STAFF.INVITATION_USED'],
    ['deactivated', 'accept', 'STAFF.ACCOUNT_DEACTIVATED'],
    ['deactivated', 'deactivate', 'STAFF.ALREADY_DEACTIVATED'],
    ['active', 'reactivate', 'STAFF.NOT_DEACTIVATED'],
    ['active', 'reinvite', 'STAFF.ALREADY_ACTIVE'],
  ])('refuses %s → %s with %s', (status, command, code) => {
    expect(() => transition(anAccount({ status, passwordHash: 'h' }), command, now)).toThrow(expect.objectContaining({ code }));
  });
});

describe('invitations', () => {
  const account = anAccount();
  it.each([
    ['usable', {}, null],
    ['used', { usedAt: now }, 'STAFF.INVITATION_USED'],
    ['replaced', { revokedAt: now }, 'STAFF.INVITATION_REVOKED'],
    ['expired', { expiresAt: now }, 'STAFF.INVITATION_EXPIRED'],
  ])('an invitation %s', (_label, overrides, code) => {
    const problem = invitationProblem(anInvitation(account, { expiresAt: new Date('2026-11-22T00:00:00Z'), ...overrides }), now);
    expect(problem?.code ?? null).toBe(code);
  });
});

describe('staff rules', () => {
  it('asks a second factor of coordinators and lawyers only, and only when the centre requires it', () => {
    expect(needsSecondFactor(['coordinator'], true)).toBe(true);
    expect(needsSecondFactor(['promoter', 'lawyer'], true)).toBe(true);
    expect(needsSecondFactor(['promoter', 'interpreter'], true)).toBe(false);
    expect(needsSecondFactor(['coordinator'], false)).toBe(false);
  });

  it('never leaves a centre without an active coordinator', () => {
    const ana = anAccount({ status: 'active', roles: ['coordinator'] });
    const luis = anAccount({ status: 'active', roles: ['promoter'] });
    expect(() => keepsACoordinator([ana, luis], { ...ana, status: 'deactivated' })).toThrow(expect.objectContaining({ code: 'STAFF.LAST_COORDINATOR' }));
    expect(() => keepsACoordinator([ana, luis], { ...ana, roles: ['promoter'] })).toThrow(expect.objectContaining({ code: 'STAFF.LAST_COORDINATOR' }));
    const rosa = anAccount({ status: 'active', roles: ['coordinator', 'lawyer'] });
    expect(() => keepsACoordinator([ana, luis, rosa], { ...ana, status: 'deactivated' })).not.toThrow();
  });
});
