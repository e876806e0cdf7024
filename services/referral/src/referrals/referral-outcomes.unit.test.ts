import { randomUUID } from 'node:crypto';
import { events, referralTestApp } from '../testing/referral-test-app';

/** A case of Tijuana referred to a shelter by a promoter, with the person's consent to share with it. */
async function referred() {
  const app = await referralTestApp();
  const kase = events.opened('tijuana');
  await app.deliver(kase);
  const shelter = await app.addPartner('Casa del Migrante', ['shelter']);
  await app.consentToShare(kase, [shelter.id]);
  const made = await app.refer(await app.as('tijuana', 'promoter', 'ana'), kase.data.caseId, shelter.id);
  if (made.status !== 201) throw new Error(`not referred: ${made.status}`);
  const referral = made.body as { id: string; caseId: string };
  const statusChanges = async () => (await app.announced()).filter((m) => m.event.type === 'referral.status-changed').map((m) => m.event.data);
  return { ...app, kase, shelter, referral, statusChanges };
}

describe('what came of a referral', () => {
  it.each(['completed', 'declined', 'not-taken-up'] as const)('is recorded by staff (%s), shown with when and by whom, and announced to reporting', async (outcome) => {
    const { as, recordOutcome, referral, statusChanges, announced } = await referred();
    const lawyer = await as('tijuana', 'lawyer', 'staff-marta-12');
    const res = await recordOutcome(lawyer, referral.caseId, referral.id, outcome);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: referral.id, status: outcome, concludedAt: '2026-11-23T15:00:00.000Z', concludedBy: 'staff-marta-12', madeBy: 'ana' });
    expect((await lawyer.get(`/v1/cases/${referral.caseId}/referrals`)).body.items).toEqual([res.body]);

    expect(await statusChanges()).toEqual([{ referralId: referral.id, caseId: referral.caseId, from: 'made', to: outcome, changedAt: '2026-11-23T15:00:00.000Z' }]);
    const [change] = (await announced()).filter((m) => m.event.type === 'referral.status-changed');
    expect([change?.key, change?.tenant, change?.event.subject, change?.event.source]).toEqual([referral.caseId, 'tijuana', referral.caseId, '/corredor/referral']);
    // Nothing of who recorded it travels.
    expect(change?.raw).not.toContain('staff-marta-12');
  });

  it('is recorded once: a second outcome, or the same one retried, is refused (409) and announced no more', async () => {
    const { coordinator, recordOutcome, referral, statusChanges } = await referred();
    expect((await recordOutcome(coordinator, referral.caseId, referral.id, 'declined')).status).toBe(200);
    for (const outcome of ['declined', 'completed']) {
      const again = await recordOutcome(coordinator, referral.caseId, referral.id, outcome);
      expect([again.status, again.body.code]).toEqual([409, 'REFERRAL.ALREADY_CONCLUDED']);
    }
    expect((await coordinator.get(`/v1/cases/${referral.caseId}/referrals`)).body.items[0]).toMatchObject({ status: 'declined' });
    expect((await statusChanges()).map((data) => data['to'])).toEqual(['declined']);
  });

  it('can be recorded after the case closed: what the partner did may be learnt later', async () => {
    const { deliver, coordinator, recordOutcome, referral, statusChanges } = await referred();
    await deliver(events.closed('tijuana', referral.caseId));
    expect((await recordOutcome(coordinator, referral.caseId, referral.id, 'completed')).status).toBe(200);
    expect((await statusChanges()).map((data) => data['to'])).toEqual(['completed']);
  });

  it('cannot be recorded on a referral that a withdrawn consent stopped', async () => {
    const { deliver, coordinator, recordOutcome, kase, shelter, referral, statusChanges } = await referred();
    await deliver(events.consentWithdrawn('tijuana', kase.data.personId, { purpose: 'share-with-partner', partnerId: shelter.id }));
    const refused = await recordOutcome(coordinator, referral.caseId, referral.id, 'completed');
    expect([refused.status, refused.body.code]).toEqual([409, 'REFERRAL.ALREADY_CONCLUDED']);
    expect(refused.body.detail).toMatch(/withdrew their consent/);
    expect((await statusChanges()).map((data) => data['to'])).toEqual(['consent-withdrawn']);
  });

  it.each([
    ['coordinator', 200],
    ['promoter', 200],
    ['lawyer', 200],
    ['interpreter', 403],
  ] as const)('may be recorded by a %s: %i', async (role, status) => {
    const { as, coordinator, recordOutcome, referral, statusChanges } = await referred();
    const res = await recordOutcome(await as('tijuana', role), referral.caseId, referral.id, 'completed');
    expect(res.status).toBe(status);
    const expected = status === 200 ? 'completed' : 'made';
    expect((await coordinator.get(`/v1/cases/${referral.caseId}/referrals`)).body.items[0]).toMatchObject({ status: expected });
    expect(await statusChanges()).toHaveLength(status === 200 ? 1 : 0);
  });

  it("is not found for an unknown referral, another case's, or another centre's (404 REFERRAL.NOT_FOUND)", async () => {
    const { deliver, as, coordinator, recordOutcome, referral, statusChanges } = await referred();
    const otherCase = events.opened('tijuana');
    await deliver(otherCase);
    const tapachula = await as('tapachula', 'coordinator');
    for (const [caller, caseId, referralId] of [
      [coordinator, referral.caseId, randomUUID()],
      [coordinator, otherCase.data.caseId, referral.id],
      [tapachula, referral.caseId, referral.id],
    ] as const) {
      const res = await recordOutcome(caller, caseId, referralId, 'completed');
      expect([res.status, res.body.code]).toEqual([404, 'REFERRAL.NOT_FOUND']);
    }
    expect((await coordinator.get(`/v1/cases/${referral.caseId}/referrals`)).body.items[0]).toMatchObject({ status: 'made' });
    expect(await statusChanges()).toEqual([]);
  });

  it('refuses an outcome that is not one, naming the field without echoing it (422)', async () => {
    const { coordinator, recordOutcome, referral, statusChanges } = await referred();
    const bad = await recordOutcome(coordinator, referral.caseId, referral.id, 'went-elsewhere');
    expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field)]).toEqual([422, ['body.outcome']]);
    expect(JSON.stringify(bad.body)).not.toContain('went-elsewhere');
    const missing = await coordinator.post(`/v1/cases/${referral.caseId}/referrals/${referral.id}/outcome`, {});
    expect([missing.status, missing.body.errors.map((e: { field: string }) => e.field)]).toEqual([422, ['body.outcome']]);
    const extra = await coordinator.post(`/v1/cases/${referral.caseId}/referrals/${referral.id}/outcome`, { outcome: 'completed', note: 'She found a room' });
    expect([extra.status, extra.body.errors]).toEqual([422, [{ field: 'body', message: 'Unknown fields are not accepted.' }]]);
    const notAnId = await recordOutcome(coordinator, referral.caseId, 'r-1', 'completed');
    expect([notAnId.status, notAnId.body.errors.map((e: { field: string }) => e.field)]).toEqual([422, ['params.referralId']]);
    expect(await statusChanges()).toEqual([]);
  });
});
