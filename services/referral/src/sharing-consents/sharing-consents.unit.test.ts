import { randomUUID } from 'node:crypto';
import { MemoryOutbox } from '@corredor/persistence';
import { MemoryPartnerRepository } from '../partners/partner.repository.memory';
import { nameKeyOf } from '../partners/partner.domain';
import { MemoryReferableCaseRepository } from '../referable-cases/referable-case.repository.memory';
import { makeReferralUseCase } from '../referrals/make-referral.use-case';
import type { ReferralRepository } from '../referrals/referral.repository';
import { MemoryReferralRepository } from '../referrals/referral.repository.memory';
import { withdrawConsentUseCase } from '../referrals/withdraw-consent.use-case';
import { events, referralTestApp } from '../testing/referral-test-app';
import { MemorySharingConsentRepository } from './sharing-consent.repository.memory';

describe('a withdrawn consent to share with a partner', () => {
  async function setup() {
    const app = await referralTestApp();
    const personId = randomUUID();
    const first = events.opened('tijuana', personId);
    const second = events.opened('tijuana', personId);
    const someoneElse = events.opened('tijuana');
    await app.deliver(first, second, someoneElse);
    const shelter = await app.addPartner('Casa del Migrante', ['shelter']);
    const clinic = await app.addPartner('Clínica Comunitaria', ['shelter', 'health']);
    // Given at the interview, at 09:00: the person's two cases share one person.
    await app.consentToShare(first, [shelter.id, clinic.id]);
    await app.consentToShare(someoneElse, [shelter.id]);
    const referrals = async (caseId: string) =>
      (await app.coordinator.get(`/v1/cases/${caseId}/referrals`)).body.items as Array<{ partner: { id: string }; status: string; consentWithdrawnAt?: string }>;
    return { ...app, personId, first, second, someoneElse, shelter, clinic, referrals };
  }

  it("stops the person's pending referrals to that partner, from every case of theirs, and no other", async () => {
    const { deliver, coordinator, refer, personId, first, second, someoneElse, shelter, clinic, referrals } = await setup();
    await refer(coordinator, first.data.caseId, shelter.id);
    await refer(coordinator, first.data.caseId, clinic.id);
    await refer(coordinator, second.data.caseId, shelter.id);
    await refer(coordinator, someoneElse.data.caseId, shelter.id);

    await deliver(events.consentWithdrawn('tijuana', personId, { purpose: 'share-with-partner', partnerId: shelter.id }));

    const status = (items: Awaited<ReturnType<typeof referrals>>) => items.map((r) => [r.partner.id, r.status]);
    expect(status(await referrals(first.data.caseId))).toEqual(
      expect.arrayContaining([
        [shelter.id, 'consent-withdrawn'],
        [clinic.id, 'made'],
      ]),
    );
    expect(await referrals(second.data.caseId)).toEqual([expect.objectContaining({ status: 'consent-withdrawn', consentWithdrawnAt: '2026-11-23T14:00:00.000Z' })]);
    expect(status(await referrals(someoneElse.data.caseId))).toEqual([[shelter.id, 'made']]);
  });

  it('refuses a new referral of any of their cases to that partner until they consent again; other partners and people are unaffected', async () => {
    const { deliver, coordinator, as, refer, personId, first, second, someoneElse, shelter, clinic, referrals } = await setup();
    await deliver(events.consentWithdrawn('tijuana', personId, { purpose: 'share-with-partner', partnerId: shelter.id }));
    for (const caseId of [first.data.caseId, second.data.caseId]) {
      const refused = await refer(await as('tijuana', 'promoter'), caseId, shelter.id);
      expect([refused.status, refused.body.code]).toEqual([422, 'REFERRAL.CONSENT_WITHDRAWN']);
    }
    expect(await referrals(first.data.caseId)).toEqual([]);
    expect((await refer(coordinator, first.data.caseId, clinic.id)).status).toBe(201);
    expect((await refer(coordinator, someoneElse.data.caseId, shelter.id)).status).toBe(201);

    // Given again (at a later interview, or recorded later in the intake service): the new consent is the one relied on.
    const regiven = events.consentGiven('tijuana', personId, { purpose: 'share-with-partner', partnerId: shelter.id });
    await deliver(regiven);
    const again = await refer(coordinator, first.data.caseId, shelter.id);
    expect([again.status, again.body.status, again.body.consent]).toEqual([201, 'made', { id: regiven.data.consentId, givenAt: '2026-11-23T16:00:00.000Z' }]);
  });

  it('holds even when the withdrawal arrives before the case is known (the two come on different topics)', async () => {
    const { deliver, coordinator, refer, shelter } = await setup();
    const personId = randomUUID();
    await deliver(events.consentWithdrawn('tijuana', personId, { purpose: 'share-with-partner', partnerId: shelter.id }));
    const late = events.opened('tijuana', personId);
    await deliver(late);
    expect((await refer(coordinator, late.data.caseId, shelter.id)).body.code).toBe('REFERRAL.CONSENT_WITHDRAWN');
  });

  it("ignores other purposes, other centres' people, and a consent older than the withdrawal", async () => {
    const { deliver, coordinator, refer, personId, first, shelter } = await setup();
    await deliver(
      events.consentWithdrawn('tijuana', personId, { purpose: 'statistics' }),
      events.consentWithdrawn('tijuana', personId, { purpose: 'contact', channel: 'whatsapp' }),
      events.consentWithdrawn('tapachula', personId, { purpose: 'share-with-partner', partnerId: shelter.id }),
    );
    expect((await refer(coordinator, first.data.caseId, shelter.id)).status).toBe(201);
    await deliver(
      events.consentWithdrawn('tijuana', personId, { purpose: 'share-with-partner', partnerId: shelter.id }, '2026-11-23T14:00:00.000Z'),
      events.consentGiven('tijuana', personId, { purpose: 'share-with-partner', partnerId: shelter.id }, '2026-11-23T13:00:00.000Z'),
    );
    expect((await refer(coordinator, first.data.caseId, shelter.id)).body.code).toBe('REFERRAL.CONSENT_WITHDRAWN');
  });

  it('leaves no referral pending when the withdrawal is handled while the referral is being made', async () => {
    const partners = new MemoryPartnerRepository();
    const cases = new MemoryReferableCaseRepository();
    const consents = new MemorySharingConsentRepository();
    const outbox = new MemoryOutbox();
    const store = new MemoryReferralRepository(outbox);
    const personId = randomUUID();
    const caseId = randomUUID();
    const partnerId = randomUUID();
    const now = new Date('2026-11-23T15:00:00.000Z');
    const clock = () => now;
    await cases.recordOpened('tijuana', caseId, personId, now);
    const consentId = randomUUID();
    await consents.record({ tenant: 'tijuana', personId, partnerId, consentId, state: 'given', changedAt: new Date('2026-11-23T09:00:00.000Z') });
    await partners.add({ id: partnerId, tenant: 'tijuana', name: 'Casa', nameKey: nameKeyOf('Casa'), services: ['shelter'], agreementSigned: true, languages: [], createdAt: now, createdBy: 'luis' });
    // The subscriber runs between the use case's consent check and its write: it records the
    // withdrawal and stops the pending referrals, finding none yet.
    const referrals: ReferralRepository = {
      find: (...args) => store.find(...args),
      listForCase: (...args) => store.listForCase(...args),
      listStoppable: (...args) => store.listStoppable(...args),
      changeStatus: (...args) => store.changeStatus(...args),
      unlinkPerson: (...args) => store.unlinkPerson(...args),
      add: async (referral, events) => {
        await consents.record({ tenant: 'tijuana', personId, partnerId, consentId, state: 'withdrawn', changedAt: now });
        const cause = { correlationId: 'withdrawal', causationId: 'withdrawal' };
        await withdrawConsentUseCase({ referrals: store, clock, outboxWritten: () => {} }, { tenant: 'tijuana', personId, partnerId, at: now, cause });
        await store.add(referral, events);
      },
    };
    const made = await makeReferralUseCase(
      { partners, cases, consents, referrals, clock, outboxWritten: () => {} },
      { principal: { kind: 'staff', userId: 'luis', centre: 'tijuana', roles: ['coordinator'] }, caseId, partnerId, command: { need: 'shelter' }, requestId: 'request-1' },
    );
    expect(made.status).toBe('consent-withdrawn');
    expect((await store.listForCase('tijuana', caseId, { after: null, limit: 10 })).map((r) => r.status)).toEqual(['consent-withdrawn']);
    // Reporting hears of the referral and of its stop, in that order.
    const announced = (await outbox.pending(10)).map((record) => JSON.parse(record.value) as { type: string; data: { from?: string; to?: string } });
    expect(announced.map((event) => [event.type, event.data.from, event.data.to])).toEqual([
      ['referral.made', undefined, undefined],
      ['referral.status-changed', 'made', 'consent-withdrawn'],
    ]);
  });
});
