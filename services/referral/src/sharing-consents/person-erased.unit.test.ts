import { randomUUID } from 'node:crypto';
import { events, referralTestApp } from '../testing/referral-test-app';

describe('a person erased at their centre', () => {
  it('can no longer be referred anywhere, while the referrals already made stay in the case history', async () => {
    const app = await referralTestApp();
    const personId = randomUUID();
    const theirs = events.opened('tijuana', personId);
    const someoneElse = events.opened('tijuana');
    await app.deliver(theirs, someoneElse);
    const shelter = await app.addPartner('Casa del Migrante', ['shelter']);
    await app.consentToShare(theirs, [shelter.id]);
    await app.consentToShare(someoneElse, [shelter.id]);
    expect((await app.refer(app.coordinator, theirs.data.caseId, shelter.id)).status).toBe(201);

    await app.deliver(events.erased('tijuana', personId));

    const refused = await app.refer(app.coordinator, theirs.data.caseId, shelter.id);
    expect([refused.status, refused.body.code]).toEqual([422, 'REFERRAL.CONSENT_MISSING']);
    const history = await app.coordinator.get(`/v1/cases/${theirs.data.caseId}/referrals`);
    expect(history.body.items).toEqual([expect.objectContaining({ partner: expect.objectContaining({ id: shelter.id }), need: 'shelter', status: 'made' })]);
    expect((await app.refer(app.coordinator, someoneElse.data.caseId, shelter.id)).status).toBe(201);
  });
});
