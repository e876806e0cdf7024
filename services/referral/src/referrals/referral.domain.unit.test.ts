import { nameKeyOf, type Partner } from '../partners/partner.domain';
import type { ReferableCase } from '../referable-cases/referable-case';
import { makeReferral, recordOutcome, REFERRAL_OUTCOMES, withdrawConsent, type ReferralContext } from './referral.domain';

const now = new Date('2026-11-23T15:00:00.000Z');
const kase: ReferableCase = { id: 'tijuana/c1', tenant: 'tijuana', caseId: 'c1', personId: 'p1', status: 'open', openedAt: now };
const partner: Partner = {
  id: 'partner-1',
  tenant: 'tijuana',
  name: 'Casa',
  nameKey: nameKeyOf('Casa'),
  services: ['shelter'],
  agreementSigned: true,
  languages: [],
  createdAt: now,
  createdBy: 'luis',
};
const givenAt = new Date('2026-11-23T09:00:00.000Z');
const sharing = { consentId: 'consent-1', state: 'given' as const, changedAt: givenAt };
const context: ReferralContext = { id: 'r1', tenant: 'tijuana', userId: 'ana', now, mayReferWithoutAgreement: false, sharing };
const command = { need: 'shelter' } as const;

describe('making a referral', () => {
  it.each([
    ['an unknown case', null, partner, command, context, 'REFERRAL.CASE_NOT_FOUND'],
    ['a closed case', { ...kase, status: 'closed' as const }, partner, command, context, 'REFERRAL.CASE_CLOSED'],
    ['an unknown partner', kase, null, command, context, 'REFERRAL.PARTNER_NOT_FOUND'],
    ['a need the partner does not meet', kase, partner, { ...command, need: 'health' as const }, context, 'REFERRAL.PARTNER_DOES_NOT_OFFER'],
    ['no agreement, not a coordinator', kase, { ...partner, agreementSigned: false }, command, context, 'REFERRAL.AGREEMENT_REQUIRED'],
    ['no recorded consent to share with the partner, even for a coordinator', kase, partner, command, { ...context, sharing: null, mayReferWithoutAgreement: true }, 'REFERRAL.CONSENT_MISSING'],
    ['a withdrawn consent, even for a coordinator', kase, partner, command, { ...context, sharing: { ...sharing, state: 'withdrawn' as const }, mayReferWithoutAgreement: true }, 'REFERRAL.CONSENT_WITHDRAWN'],
  ])('refuses %s', (_what, theCase, thePartner, theCommand, theContext, code) => {
    expect(() => makeReferral(theCase, thePartner, theCommand, theContext)).toThrow(expect.objectContaining({ code }));
  });

  it("refers a case to a partner without an agreement when the caller's role allows it, naming the case's person", () => {
    const referral = makeReferral(kase, { ...partner, agreementSigned: false }, command, { ...context, mayReferWithoutAgreement: true });
    expect(referral).toMatchObject({ caseId: 'c1', personId: 'p1', partnerId: 'partner-1', status: 'made', madeBy: 'ana', madeAt: now });
  });

  it('names the consent it relies on, and when it was given', () => {
    expect(makeReferral(kase, partner, command, context).consent).toEqual({ id: 'consent-1', givenAt });
  });

  it('stops a pending referral when the consent is withdrawn, once', () => {
    const made = makeReferral(kase, partner, command, context);
    const later = new Date('2026-11-24T09:00:00.000Z');
    const stopped = withdrawConsent(made, later);
    expect(stopped).toEqual({ before: made, after: { ...made, status: 'consent-withdrawn', consentWithdrawnAt: later }, at: later });
    if (!stopped) throw new Error('a pending referral stops');
    expect(withdrawConsent(stopped.after, new Date('2026-11-25T09:00:00.000Z'))).toBeNull();
  });
});

describe('what came of a referral', () => {
  const made = makeReferral(kase, partner, command, context);
  const later = new Date('2026-11-30T09:00:00.000Z');

  it.each(REFERRAL_OUTCOMES)('is recorded once on a pending referral: %s, with when and by whom', (outcome) => {
    const change = recordOutcome(made, outcome, { by: 'luis', now: later });
    expect(change).toEqual({ before: made, after: { ...made, status: outcome, concludedAt: later, concludedBy: 'luis' }, at: later });
    for (const next of REFERRAL_OUTCOMES) {
      expect(() => recordOutcome(change.after, next, { by: 'ana', now: later })).toThrow(expect.objectContaining({ code: 'REFERRAL.ALREADY_CONCLUDED', kind: 'conflict' }));
    }
    // A concluded referral no longer stops when the consent is withdrawn: the partner already acted on it.
    expect(withdrawConsent(change.after, later)).toBeNull();
  });

  it('cannot be recorded on a referral stopped by a withdrawn consent, nor on one that is not there', () => {
    const stopped = withdrawConsent(made, later);
    if (!stopped) throw new Error('a pending referral stops');
    expect(() => recordOutcome(stopped.after, 'completed', { by: 'ana', now: later })).toThrow(expect.objectContaining({ code: 'REFERRAL.ALREADY_CONCLUDED' }));
    expect(() => recordOutcome(null, 'completed', { by: 'ana', now: later })).toThrow(expect.objectContaining({ code: 'REFERRAL.NOT_FOUND', kind: 'not-found' }));
  });
});
