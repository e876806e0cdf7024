import { DuplicateKeyError } from '@corredor/persistence';
import { nameKeyOf, type Partner } from './partners/partner.domain';
import type { PartnerRepository } from './partners/partner.repository';
import type { ReferableCaseRepository } from './referable-cases/referable-case';
import type { Referral } from './referrals/referral.domain';
import type { ReferralRepository } from './referrals/referral.repository';

export interface ReferralStores {
  partners: PartnerRepository;
  cases: ReferableCaseRepository;
  referrals: ReferralRepository;
}

let n = 0;
const uuid = (prefix: string) => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const aPartner = (name: string, overrides: Partial<Partner> = {}): Partner => ({
  id: uuid('00000000'),
  tenant: 'tijuana',
  name,
  nameKey: nameKeyOf(name),
  services: ['shelter'],
  agreementSigned: true,
  languages: ['es'],
  createdAt: new Date('2026-11-01T00:00:00Z'),
  createdBy: 'luis',
  ...overrides,
});
const aReferral = (caseId: string, minute: number, tenant = 'tijuana'): Referral => ({
  id: uuid('33333333'),
  tenant,
  caseId,
  partnerId: uuid('00000000'),
  need: 'shelter',
  consentToShare: { given: true, recordedAt: new Date(Date.UTC(2026, 10, 23, 10, minute)) },
  status: 'made',
  madeAt: new Date(Date.UTC(2026, 10, 23, 10, minute)),
  madeBy: 'ana',
});

/** The referral service's three repositories; memory always, MongoDB when MONGO_URL is set. */
export function describeReferralStoresContract(name: string, setup: () => Promise<ReferralStores>): void {
  describe(`${name} referral stores`, () => {
    let s: ReferralStores;
    beforeEach(async () => {
      s = await setup();
    });

    it('keeps one partner per folded name and centre, and filters by service', async () => {
      const casa = aPartner('Casa del Migrante', { services: ['shelter', 'food'] });
      await s.partners.add(casa);
      await expect(s.partners.add(aPartner('casa  del migrante'))).rejects.toBeInstanceOf(DuplicateKeyError);
      await s.partners.add(aPartner('Casa del Migrante', { tenant: 'tapachula' }));
      await s.partners.add(aPartner('Clínica', { services: ['health'] }));
      expect(await s.partners.findById('tijuana', casa.id)).toEqual(casa);
      expect(await s.partners.findById('tapachula', casa.id)).toBeNull();
      expect((await s.partners.list('tijuana', { service: 'food' })).map((p) => p.name)).toEqual(['Casa del Migrante']);
      expect((await s.partners.list('tijuana', {})).map((p) => p.name)).toEqual(['Casa del Migrante', 'Clínica']);
    });

    it("keeps a partner's description and contact when it has them", async () => {
      const described = aPartner('Albergue Juventud 2000', {
        description: 'Shelter for families in transit.',
        contact: { phone: '+52 664 000 0000', website: 'https://example.org' },
      });
      await s.partners.add(described);
      expect(await s.partners.findById('tijuana', described.id)).toEqual(described);
      const plain = aPartner('Comedor');
      await s.partners.add(plain);
      expect(await s.partners.findById('tijuana', plain.id)).toEqual(plain);
    });

    it('tracks cases idempotently, per centre', async () => {
      const caseId = uuid('11111111');
      await s.cases.recordOpened('tijuana', caseId, new Date('2026-11-23T10:00:00Z'));
      await s.cases.recordOpened('tijuana', caseId, new Date('2026-11-23T11:00:00Z'));
      expect(await s.cases.find('tijuana', caseId)).toMatchObject({ caseId, status: 'open', openedAt: new Date('2026-11-23T10:00:00Z') });
      expect(await s.cases.find('tapachula', caseId)).toBeNull();
      await s.cases.recordClosed('tijuana', caseId);
      await s.cases.recordClosed('tijuana', caseId);
      expect(await s.cases.find('tijuana', caseId)).toMatchObject({ status: 'closed' });
    });

    it("lists a case's referrals in the order they were made, within the centre", async () => {
      const caseId = uuid('11111111');
      const second = aReferral(caseId, 2);
      const first = aReferral(caseId, 1);
      await s.referrals.add(second);
      await s.referrals.add(first);
      await s.referrals.add(aReferral(caseId, 3, 'tapachula'));
      expect(await s.referrals.listForCase('tijuana', caseId)).toEqual([first, second]);
    });
  });
}
