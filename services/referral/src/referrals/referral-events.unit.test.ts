import { randomUUID } from 'node:crypto';
import { events, referralTestApp } from '../testing/referral-test-app';

describe('what the referral service announces to reporting', () => {
  it('each referral made, keyed by its case, with the need and the partner (id and name), nothing of the person', async () => {
    const { deliver, as, addPartner, refer, consentToShare, announced } = await referralTestApp();
    const kase = events.opened('tijuana');
    await deliver(kase);
    const shelter = await addPartner('Casa del Migrante', ['shelter', 'food']);
    await consentToShare(kase, [shelter.id]);
    const made = await refer(await as('tijuana', 'promoter', 'staff-ana-71'), kase.data.caseId, shelter.id, 'food');
    expect(made.status).toBe(201);

    const [message, ...more] = await announced();
    expect(more).toEqual([]);
    expect(message?.event).toMatchObject({ type: 'referral.made', eventversion: 1, tenantid: 'tijuana', subject: kase.data.caseId, source: '/corredor/referral' });
    expect(message?.event.data).toEqual({
      referralId: made.body.id,
      caseId: kase.data.caseId,
      partnerId: shelter.id,
      partnerName: 'Casa del Migrante',
      need: 'food',
      madeAt: '2026-11-23T15:00:00.000Z',
    });
    expect([message?.key, message?.tenant]).toEqual([kase.data.caseId, 'tijuana']);
    for (const personal of [kase.data.personId, 'staff-ana-71']) expect(message?.raw).not.toContain(personal);
  });

  it('nothing for a referral refused', async () => {
    const { deliver, coordinator, addPartner, refer, announced } = await referralTestApp();
    const kase = events.opened('tijuana');
    await deliver(kase);
    const shelter = await addPartner('Casa del Migrante', ['shelter']);
    expect((await refer(coordinator, kase.data.caseId, shelter.id)).body.code).toBe('REFERRAL.CONSENT_MISSING');
    expect((await refer(coordinator, kase.data.caseId, randomUUID())).body.code).toBe('REFERRAL.PARTNER_NOT_FOUND');
    expect(await announced()).toEqual([]);
  });

  it('a pending referral stopped by a withdrawn consent (made → consent-withdrawn), once, and nothing for one already concluded', async () => {
    const { deliver, coordinator, addPartner, refer, recordOutcome, consentToShare, announced } = await referralTestApp();
    const kase = events.opened('tijuana');
    await deliver(kase);
    const shelter = await addPartner('Casa del Migrante', ['shelter', 'food']);
    const clinic = await addPartner('Clínica Comunitaria', ['shelter']);
    await consentToShare(kase, [shelter.id, clinic.id]);
    const pending = (await refer(coordinator, kase.data.caseId, shelter.id)).body.id as string;
    const completed = (await refer(coordinator, kase.data.caseId, shelter.id, 'food')).body.id as string;
    const toClinic = (await refer(coordinator, kase.data.caseId, clinic.id)).body.id as string;
    expect((await recordOutcome(coordinator, kase.data.caseId, completed, 'completed')).status).toBe(200);

    const withdrawal = events.consentWithdrawn('tijuana', kase.data.personId, { purpose: 'share-with-partner', partnerId: shelter.id }, '2026-11-23T16:30:00.000Z');
    await deliver(withdrawal);
    // Delivered again (at least once), and withdrawn again later: the referral stopped already.
    await deliver(withdrawal, events.consentWithdrawn('tijuana', kase.data.personId, { purpose: 'share-with-partner', partnerId: shelter.id }, '2026-11-23T17:00:00.000Z'));

    const changes = (await announced()).filter((m) => m.event.type === 'referral.status-changed');
    expect(changes.map((m) => m.event.data)).toEqual([
      { referralId: completed, caseId: kase.data.caseId, from: 'made', to: 'completed', changedAt: '2026-11-23T15:00:00.000Z' },
      { referralId: pending, caseId: kase.data.caseId, from: 'made', to: 'consent-withdrawn', changedAt: '2026-11-23T16:30:00.000Z' },
    ]);
    // Caused by the withdrawal, in its correlation.
    expect(changes[1]?.event).toMatchObject({ causationid: withdrawal.id, correlationid: withdrawal.correlationid });
    expect(changes.map((m) => m.event.data['referralId'])).not.toContain(toClinic);
  });
});
