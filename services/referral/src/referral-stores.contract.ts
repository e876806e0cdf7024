import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { DuplicateKeyError } from '@corredor/persistence';
import { nameKeyOf, type Partner } from './partners/partner.domain';
import type { PartnerPosition, PartnerRepository } from './partners/partner.repository';
import type { ReferableCaseRepository } from './referable-cases/referable-case';
import { recordOutcome, withdrawConsent, type Referral, type ReferralStatusChange } from './referrals/referral.domain';
import { referralMadeRecord, referralStatusChangedRecord } from './referrals/referral-events';
import type { ReferralPosition, ReferralRepository } from './referrals/referral.repository';
import type { SharingConsentRepository } from './sharing-consents/sharing-consent';

export interface ReferralStores {
  partners: PartnerRepository;
  cases: ReferableCaseRepository;
  referrals: ReferralRepository;
  consents: SharingConsentRepository;
  /** The outbox the referral store writes its events to. */
  outbox: OutboxStore;
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
const aReferral = (caseId: string, minute: number, overrides: Partial<Referral> = {}): Referral => ({
  id: uuid('33333333'),
  tenant: 'tijuana',
  caseId,
  personId: uuid('44444444'),
  partnerId: uuid('00000000'),
  need: 'shelter',
  consent: { id: uuid('55555555'), givenAt: new Date(Date.UTC(2026, 10, 23, 9, minute)) },
  status: 'made',
  madeAt: new Date(Date.UTC(2026, 10, 23, 10, minute)),
  madeBy: 'ana',
  ...overrides,
});

const none: OutboxRecord[] = [];
const cause = { correlationId: 'request-1', causationId: 'request-1' };
const madeRecord = (referral: Referral) => referralMadeRecord(referral, { name: 'Casa del Migrante' }, cause, referral.madeAt);
const changedRecord = (change: ReferralStatusChange) => referralStatusChangedRecord(change, cause, change.at);
const concludedAt = new Date('2026-11-25T10:00:00Z');
const conclude = (referral: Referral, outcome: 'completed' | 'declined' | 'not-taken-up', by = 'ana') => recordOutcome(referral, outcome, { by, now: concludedAt });

/** Every page of a list, as a client would follow it; fails on a page larger than asked for. */
async function allPages<T, P>(fetch: (after: P | null, limit: number) => Promise<T[]>, positionOf: (item: T) => P, limit: number): Promise<T[][]> {
  const pages: T[][] = [];
  let after: P | null = null;
  for (;;) {
    const fetched = await fetch(after, limit + 1);
    const page = fetched.slice(0, limit);
    pages.push(page);
    const last = page[page.length - 1];
    if (fetched.length <= limit || last === undefined) return pages;
    after = positionOf(last);
  }
}

/** The referral service's repositories; memory always, MongoDB when MONGO_URL is set. */
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
      const clinica = aPartner('Clínica', { services: ['health'] });
      await s.partners.add(clinica);
      expect(await s.partners.findById('tijuana', casa.id)).toEqual(casa);
      expect(await s.partners.findById('tapachula', casa.id)).toBeNull();
      expect((await s.partners.list('tijuana', { service: 'food', after: null, limit: 10 })).map((p) => p.name)).toEqual(['Casa del Migrante']);
      expect((await s.partners.list('tijuana', { after: null, limit: 10 })).map((p) => p.name)).toEqual(['Casa del Migrante', 'Clínica']);
      expect((await s.partners.findByIds('tijuana', [clinica.id, casa.id, uuid('99999999')])).map((p) => p.name).sort()).toEqual(['Casa del Migrante', 'Clínica']);
      expect(await s.partners.findByIds('tapachula', [clinica.id])).toEqual([]);
    });

    it('pages through the directory by folded name, with no repeat or gap, within the centre and the service asked for', async () => {
      const names = ['Albergue Juventud 2000', 'Casa del Migrante', 'Clínica', 'Comedor San Juan', 'DIF Municipal', 'Espacio Migrante', 'Él Refugio'];
      for (const [i, name] of names.entries()) await s.partners.add(aPartner(name, { services: i % 2 === 0 ? ['shelter', 'food'] : ['food'] }));
      await s.partners.add(aPartner('Albergue Tapachula', { tenant: 'tapachula' }));
      const position = (p: Partner): PartnerPosition => [p.nameKey, p.id];

      const pages = await allPages((after, limit) => s.partners.list('tijuana', { after, limit }), position, 3);
      expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
      expect(pages.flat().map((p) => p.nameKey)).toEqual(names.map(nameKeyOf).sort());

      const shelters = await allPages((after, limit) => s.partners.list('tijuana', { service: 'shelter', after, limit }), position, 2);
      expect(shelters.flat().map((p) => p.name)).toEqual(['Albergue Juventud 2000', 'Clínica', 'DIF Municipal', 'Él Refugio']);
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

    it('tracks cases and their person idempotently, per centre, closing and reopening them', async () => {
      const caseId = uuid('11111111');
      const personId = uuid('44444444');
      await s.cases.recordOpened('tijuana', caseId, personId, new Date('2026-11-23T10:00:00Z'));
      await s.cases.recordOpened('tijuana', caseId, personId, new Date('2026-11-23T11:00:00Z'));
      expect(await s.cases.find('tijuana', caseId)).toMatchObject({ caseId, personId, status: 'open', openedAt: new Date('2026-11-23T10:00:00Z') });
      expect(await s.cases.find('tapachula', caseId)).toBeNull();
      await s.cases.recordStatus('tijuana', caseId, 'closed');
      await s.cases.recordStatus('tijuana', caseId, 'closed');
      expect(await s.cases.find('tijuana', caseId)).toMatchObject({ status: 'closed' });
      await s.cases.recordStatus('tijuana', caseId, 'open');
      expect(await s.cases.find('tijuana', caseId)).toMatchObject({ status: 'open', personId });
      const unknown = uuid('11111111');
      await s.cases.recordStatus('tijuana', unknown, 'closed');
      expect(await s.cases.find('tijuana', unknown)).toBeNull();
    });

    it("lists a case's referrals in the order they were made, a page at a time, within the centre", async () => {
      const caseId = uuid('11111111');
      const made = [aReferral(caseId, 2), aReferral(caseId, 1), aReferral(caseId, 3), aReferral(caseId, 3), aReferral(caseId, 5)];
      for (const referral of made) await s.referrals.add(referral, none);
      await s.referrals.add(aReferral(caseId, 4, { tenant: 'tapachula' }), none);
      await s.referrals.add(aReferral(uuid('11111111'), 4), none);
      const inOrder = [...made].sort((a, b) => a.madeAt.getTime() - b.madeAt.getTime() || (a.id < b.id ? -1 : 1));
      expect(await s.referrals.listForCase('tijuana', caseId, { after: null, limit: 10 })).toEqual(inOrder);
      const position = (r: Referral): ReferralPosition => [r.madeAt, r.id];
      const pages = await allPages((after, limit) => s.referrals.listForCase('tijuana', caseId, { after, limit }), position, 2);
      expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
      expect(pages.flat()).toEqual(inOrder);
    });

    it('keeps the consent a referral relies on, and none for one made before consents were recorded in the intake service', async () => {
      const caseId = uuid('11111111');
      const withConsent = aReferral(caseId, 1);
      const legacy = aReferral(caseId, 2, { consent: null });
      await s.referrals.add(withConsent, none);
      await s.referrals.add(legacy, none);
      expect(await s.referrals.listForCase('tijuana', caseId, { after: null, limit: 10 })).toEqual([withConsent, legacy]);
    });

    it('saves a referral with its announcement, and finds it within its case and centre', async () => {
      const referral = aReferral(uuid('11111111'), 1);
      await s.referrals.add(referral, [madeRecord(referral)]);
      expect(await s.referrals.find('tijuana', referral.caseId, referral.id)).toEqual(referral);
      expect(await s.referrals.find('tapachula', referral.caseId, referral.id)).toBeNull();
      expect(await s.referrals.find('tijuana', uuid('11111111'), referral.id)).toBeNull();
      const [pending] = await s.outbox.pending(10);
      expect([pending?.id, pending?.key, pending?.topic]).toEqual([madeRecord(referral).id, referral.caseId, 'corredor.referral.events']);
    });

    it('keeps nothing of a referral, nor of its announcement, when a later write of the same transaction fails', async () => {
      const first = aReferral(uuid('11111111'), 1);
      await s.referrals.add(first, [madeRecord(first)]);
      // The referral is written; the outbox then refuses an event id already there.
      const second = aReferral(uuid('11111111'), 2);
      await expect(s.referrals.add(second, [madeRecord(second), madeRecord(first)])).rejects.toThrow();
      expect(await s.referrals.find('tijuana', second.caseId, second.id)).toBeNull();
      expect((await s.outbox.pending(10)).map((r) => r.id)).toEqual([madeRecord(first).id]);
      await s.referrals.add(second, [madeRecord(second)]);
      expect(await s.referrals.find('tijuana', second.caseId, second.id)).toEqual(second);
    });

    it('records an outcome with its announcement, only from the status it was decided on, keeping the rest as stored', async () => {
      const referral = aReferral(uuid('11111111'), 1);
      await s.referrals.add(referral, none);
      const completed = conclude(referral, 'completed');
      // The person is erased between the read and the write: the outcome must not bring their id back.
      const unlinked = uuid('77777777');
      await s.referrals.unlinkPerson('tijuana', referral.personId, unlinked);
      expect(await s.referrals.changeStatus(completed.after, 'made', [changedRecord(completed)])).toBe(true);
      expect(await s.referrals.find('tijuana', referral.caseId, referral.id)).toEqual({ ...referral, personId: unlinked, status: 'completed', concludedAt, concludedBy: 'ana' });

      // A second outcome decided from `made` (a retry, or a colleague at the same time) writes and announces nothing.
      const declined = conclude(referral, 'declined', 'luis');
      expect(await s.referrals.changeStatus(declined.after, 'made', [changedRecord(declined)])).toBe(false);
      expect(await s.referrals.find('tijuana', referral.caseId, referral.id)).toMatchObject({ status: 'completed', concludedBy: 'ana' });
      expect((await s.outbox.pending(10)).map((r) => r.id)).toEqual([changedRecord(completed).id]);
      // Another centre's referral of that id is not there to change.
      const elsewhere = conclude({ ...referral, tenant: 'tapachula' }, 'declined');
      expect(await s.referrals.changeStatus(elsewhere.after, 'made', [changedRecord(elsewhere)])).toBe(false);
      expect(await s.outbox.countPending()).toBe(1);
    });

    it('lets exactly one of two concurrent outcomes win, and announces only that one', async () => {
      const referral = aReferral(uuid('11111111'), 1);
      await s.referrals.add(referral, none);
      const changes = [conclude(referral, 'completed', 'ana'), conclude(referral, 'not-taken-up', 'luis')];
      const written = await Promise.all(changes.map((change) => s.referrals.changeStatus(change.after, 'made', [changedRecord(change)])));
      expect(written.filter(Boolean)).toHaveLength(1);
      const winner = changes[written.indexOf(true)];
      if (!winner) throw new Error('one change wins');
      expect((await s.referrals.find('tijuana', referral.caseId, referral.id))?.status).toBe(winner.after.status);
      expect((await s.outbox.pending(10)).map((r) => r.id)).toEqual([changedRecord(winner).id]);
    });

    it('keeps the status as it was, and announces nothing, when a later write of the status change fails', async () => {
      const referral = aReferral(uuid('11111111'), 1);
      await s.referrals.add(referral, [madeRecord(referral)]);
      const completed = conclude(referral, 'completed');
      // The status is written; the outbox then refuses an event id already there.
      await expect(s.referrals.changeStatus(completed.after, 'made', [changedRecord(completed), madeRecord(referral)])).rejects.toThrow();
      expect(await s.referrals.find('tijuana', referral.caseId, referral.id)).toEqual(referral);
      expect((await s.outbox.pending(10)).map((r) => r.id)).toEqual([madeRecord(referral).id]);
      expect(await s.referrals.changeStatus(completed.after, 'made', [changedRecord(completed)])).toBe(true);
    });

    it("lists the person's pending referrals to the partner, the ones a withdrawn consent stops, and only those", async () => {
      const personId = uuid('44444444');
      const partnerId = uuid('00000000');
      const caseA = uuid('11111111');
      const caseB = uuid('11111111');
      const toPartner = [aReferral(caseA, 1, { personId, partnerId }), aReferral(caseB, 2, { personId, partnerId })];
      const concluded = aReferral(caseA, 0, { personId, partnerId });
      const toOtherPartner = aReferral(caseA, 3, { personId });
      const otherPerson = aReferral(caseA, 4, { partnerId });
      const otherCentre = aReferral(caseA, 5, { personId, partnerId, tenant: 'tapachula' });
      for (const referral of [...toPartner, concluded, toOtherPartner, otherPerson, otherCentre]) await s.referrals.add(referral, none);
      const declined = conclude(concluded, 'declined');
      await s.referrals.changeStatus(declined.after, 'made', none);
      expect(await s.referrals.listStoppable('tijuana', personId, partnerId)).toEqual(toPartner);

      const at = new Date('2026-11-24T09:00:00Z');
      const [stop] = toPartner.map((referral) => withdrawConsent(referral, at));
      if (!stop) throw new Error('a pending referral stops');
      expect(await s.referrals.changeStatus(stop.after, 'made', [changedRecord(stop)])).toBe(true);
      expect(await s.referrals.find('tijuana', caseA, stop.after.id)).toMatchObject({ status: 'consent-withdrawn', consentWithdrawnAt: at });
      expect(await s.referrals.listStoppable('tijuana', personId, partnerId)).toEqual(toPartner.slice(1));
      expect(await s.referrals.listStoppable('tapachula', personId, partnerId)).toEqual([otherCentre]);
    });

    it("keeps each person's latest word on sharing with a partner, with its consent, whatever order the changes arrive in", async () => {
      const personId = uuid('44444444');
      const partnerId = uuid('00000000');
      const [first, second] = [uuid('55555555'), uuid('55555555')];
      const change = (consentId: string, state: 'given' | 'withdrawn', at: string, tenant = 'tijuana') => ({ tenant, personId, partnerId, consentId, state, changedAt: new Date(at) });
      const latest = async (tenant = 'tijuana', partner = partnerId) => {
        const found = await s.consents.find(tenant, personId, partner);
        return found && [found.consentId, found.state, found.changedAt.toISOString()];
      };
      expect(await latest()).toBeNull();
      await s.consents.record(change(first, 'withdrawn', '2026-11-24T09:00:00Z'));
      expect(await latest()).toEqual([first, 'withdrawn', '2026-11-24T09:00:00.000Z']);
      expect(await s.consents.find('tijuana', personId, partnerId)).toMatchObject({ tenant: 'tijuana', personId, partnerId });
      expect(await latest('tapachula')).toBeNull();
      expect(await latest('tijuana', uuid('00000000'))).toBeNull();
      // An older consent arriving late changes nothing; a newer one does.
      await s.consents.record(change(first, 'given', '2026-11-20T09:00:00Z'));
      expect(await latest()).toEqual([first, 'withdrawn', '2026-11-24T09:00:00.000Z']);
      await s.consents.record(change(second, 'given', '2026-11-25T09:00:00Z'));
      expect(await latest()).toEqual([second, 'given', '2026-11-25T09:00:00.000Z']);
      // At the same instant, the withdrawal wins; repeating a change changes nothing.
      await s.consents.record(change(second, 'withdrawn', '2026-11-25T09:00:00Z'));
      await s.consents.record(change(second, 'given', '2026-11-25T09:00:00Z'));
      await s.consents.record(change(second, 'withdrawn', '2026-11-25T09:00:00Z'));
      expect(await latest()).toEqual([second, 'withdrawn', '2026-11-25T09:00:00.000Z']);
    });

    it('forgets an erased person: their sharing consents go, their cases and referrals no longer name them; others are untouched', async () => {
      const [personId, otherId, partnerId, unlinked] = [uuid('66666666'), uuid('66666666'), uuid('00000000'), uuid('77777777')];
      const at = new Date('2026-11-23T09:00:00Z');
      for (const [tenant, person] of [['tijuana', personId], ['tijuana', otherId], ['tapachula', personId]] as const) {
        await s.consents.record({ tenant, personId: person, partnerId, consentId: uuid('55555555'), state: 'given', changedAt: at });
        await s.cases.recordOpened(tenant, `case-${tenant}-${person}`, person, at);
        await s.referrals.add(aReferral(`case-${tenant}-${person}`, 1, { tenant, personId: person, partnerId }), none);
      }
      expect(await s.consents.forgetPerson('tijuana', personId)).toBe(1);
      expect(await s.referrals.unlinkPerson('tijuana', personId, unlinked)).toBe(1);
      expect(await s.cases.unlinkPerson('tijuana', personId, unlinked)).toBe(1);

      expect(await s.consents.find('tijuana', personId, partnerId)).toBeNull();
      expect(await s.consents.find('tijuana', otherId, partnerId)).not.toBeNull();
      expect(await s.consents.find('tapachula', personId, partnerId)).not.toBeNull();
      expect((await s.cases.find('tijuana', `case-tijuana-${personId}`))?.personId).toBe(unlinked);
      expect((await s.cases.find('tapachula', `case-tapachula-${personId}`))?.personId).toBe(personId);
      const [kept] = await s.referrals.listForCase('tijuana', `case-tijuana-${personId}`, { after: null, limit: 10 });
      expect(kept).toMatchObject({ personId: unlinked, need: 'shelter', status: 'made' });
      expect((await s.referrals.listForCase('tapachula', `case-tapachula-${personId}`, { after: null, limit: 10 }))[0]?.personId).toBe(personId);
    });
  });
}
