import type { ConsentScope } from '@corredor/contracts';
import type { ConsentChange } from './consent.domain';
import type { ConsentRepository } from './consent.repository';

let n = 0;
export function aPersonId(): string {
  n += 1;
  return `22222222-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 14, minute));
const change = (personId: string, scope: ConsentScope, given: boolean, minute: number, tenant = 'tijuana'): ConsentChange => ({
  tenant,
  personId,
  scope,
  given,
  at: at(minute),
});

/** The behaviour every ConsentRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeConsentRepositoryContract(name: string, setup: () => Promise<ConsentRepository>): void {
  describe(`${name} consent projection`, () => {
    let consents: ConsentRepository;
    beforeEach(async () => {
      consents = await setup();
    });

    it('knows a consent once given, and only for that person at that centre', async () => {
      const person = aPersonId();
      expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(false);
      expect(await consents.record(change(person, { purpose: 'transfer' }, true, 0))).toBe(true);
      expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(true);
      expect(await consents.hasConsent('tijuana', person, 'statistics')).toBe(false);
      expect(await consents.hasConsent('tapachula', person, 'transfer')).toBe(false);
      expect(await consents.hasConsent('tijuana', aPersonId(), 'transfer')).toBe(false);
    });

    it('tells channels and partners apart, and answers a bare purpose for any of them', async () => {
      const person = aPersonId();
      const partnerId = '33333333-0000-4000-8000-000000000001';
      await consents.record(change(person, { purpose: 'contact', channel: 'whatsapp' }, true, 0));
      await consents.record(change(person, { purpose: 'share-with-partner', partnerId }, true, 0));
      expect(await consents.hasConsent('tijuana', person, { purpose: 'contact', channel: 'whatsapp' })).toBe(true);
      expect(await consents.hasConsent('tijuana', person, { purpose: 'contact', channel: 'phone' })).toBe(false);
      expect(await consents.hasConsent('tijuana', person, 'contact')).toBe(true);
      expect(await consents.hasConsent('tijuana', person, { purpose: 'share-with-partner', partnerId })).toBe(true);
      expect(await consents.hasConsent('tijuana', person, { purpose: 'share-with-partner', partnerId: '33333333-0000-4000-8000-000000000002' })).toBe(false);
    });

    it('honours a withdrawal, and a consent given again later', async () => {
      const person = aPersonId();
      await consents.record(change(person, { purpose: 'transfer' }, true, 0));
      expect(await consents.record(change(person, { purpose: 'transfer' }, false, 5))).toBe(true);
      expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(false);
      await consents.record(change(person, { purpose: 'transfer' }, true, 9));
      expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(true);
    });

    it('keeps the latest decision whatever the order of arrival, and a withdrawal wins a tie', async () => {
      const late = aPersonId();
      await consents.record(change(late, { purpose: 'transfer' }, false, 5));
      expect(await consents.record(change(late, { purpose: 'transfer' }, true, 0))).toBe(false);
      expect(await consents.hasConsent('tijuana', late, 'transfer')).toBe(false);

      const tie = aPersonId();
      await consents.record(change(tie, { purpose: 'transfer' }, true, 3));
      expect(await consents.record(change(tie, { purpose: 'transfer' }, false, 3))).toBe(true);
      expect(await consents.record(change(tie, { purpose: 'transfer' }, true, 3))).toBe(false);
      expect(await consents.hasConsent('tijuana', tie, 'transfer')).toBe(false);
    });

    it('tells the latest decision on a scope and when it was made, or that none is known', async () => {
      const person = aPersonId();
      expect(await consents.latestDecision('tijuana', person, { purpose: 'statistics' })).toBeNull();
      await consents.record(change(person, { purpose: 'statistics' }, true, 0));
      await consents.record(change(person, { purpose: 'statistics' }, false, 7));
      await consents.record(change(person, { purpose: 'contact', channel: 'phone' }, true, 9));
      expect(await consents.latestDecision('tijuana', person, { purpose: 'statistics' })).toEqual({ given: false, decidedAt: at(7) });
      expect(await consents.latestDecision('tijuana', person, { purpose: 'contact', channel: 'phone' })).toEqual({ given: true, decidedAt: at(9) });
      expect(await consents.latestDecision('tijuana', person, { purpose: 'contact', channel: 'whatsapp' })).toBeNull();
      expect(await consents.latestDecision('tapachula', person, { purpose: 'statistics' })).toBeNull();
    });

    it('has one effect when the same change arrives twice', async () => {
      const person = aPersonId();
      expect(await consents.record(change(person, { purpose: 'transfer' }, false, 1))).toBe(true);
      expect(await consents.record(change(person, { purpose: 'transfer' }, false, 1))).toBe(false);
      expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(false);
    });
  });
}
