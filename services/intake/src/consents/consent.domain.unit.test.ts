import { giveConsent, newScopes, scopeKey, withdrawConsent } from './consent.domain';

const at = new Date('2026-11-23T15:00:00Z');
const consent = (scope: Parameters<typeof scopeKey>[0]) => giveConsent({ id: 'c1', tenant: 'tijuana', personId: 'p1', scope, intakeId: null, by: 'ana' }, at);

describe('consents', () => {
  it('are keyed by purpose, and by partner or channel where they have one', () => {
    expect(scopeKey({ purpose: 'store-data' })).toBe('store-data');
    expect(scopeKey({ purpose: 'contact', channel: 'email' })).toBe('contact:email');
    expect(scopeKey({ purpose: 'share-with-partner', partnerId: 'x' })).toBe('share-with-partner:x');
  });

  it('once withdrawn, no longer hold their scope and cannot be withdrawn again', () => {
    const withdrawn = withdrawConsent(consent({ purpose: 'transfer' }), 'luis', at);
    expect(withdrawn).toMatchObject({ activeScope: null, withdrawn: { by: 'luis', at } });
    expect(() => withdrawConsent(withdrawn, 'luis', at)).toThrow(expect.objectContaining({ code: 'INTAKE.CONSENT_ALREADY_WITHDRAWN', kind: 'conflict' }));
  });

  it('to store data cannot be withdrawn here: that is erasure', () => {
    expect(() => withdrawConsent(consent({ purpose: 'store-data' }), 'luis', at)).toThrow(
      expect.objectContaining({ code: 'INTAKE.STORE_DATA_CONSENT_NOT_WITHDRAWABLE', kind: 'rule-violation' }),
    );
  });

  it('given again at a later interview are recorded only where they do not hold yet', () => {
    const holding = [consent({ purpose: 'store-data' }), withdrawConsent(consent({ purpose: 'contact', channel: 'phone' }), 'luis', at)];
    expect(newScopes([{ purpose: 'store-data' }, { purpose: 'contact', channel: 'phone' }, { purpose: 'statistics' }, { purpose: 'statistics' }], holding)).toEqual([
      { purpose: 'contact', channel: 'phone' },
      { purpose: 'statistics' },
    ]);
  });
});
