import { randomUUID } from 'node:crypto';
import { consentWithdrawnV1, createEvent } from '@corredor/contracts';
import { changeTestCentre, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { caseApi, DOCUMENTS_WITHHELD } from '../cases/test-fixtures';

/** The whole case service: an intake opens the case, the transfer moves it, the case and timeline routes show the result. */
describe('a transfer through the case service', () => {
  async function setup() {
    const s = await caseApi();
    const settle = async () => {
      while (((await s.module.outbox?.countPending()) ?? 0) > 0) {
        await s.relay?.publishBatch();
        await s.deps.bus.drain();
      }
    };
    changeTestCentre(s.deps.centres, 'motozintla', { name: 'CRTM Motozintla', city: 'Motozintla' });
    const motozintla = `Bearer ${await tokenFor('motozintla', ['coordinator'], 'coord-moto')}`;
    return { ...s, settle, motozintla };
  }

  it('opens the case at Tapachula with the alias only once accepted, closes it at Tijuana as transferred, and shows it on both timelines', async () => {
    const s = await setup();
    const origin = await s.openCase('tijuana', {
      consents: [{ purpose: 'store-data' }, { purpose: 'transfer' }],
      riskFlags: [DOCUMENTS_WITHHELD],
    });
    s.setNow('2026-11-23T16:00:00.000Z');
    const sent = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', s.tokens.promoter).send({ toCentre: 'tapachula', reason: 'Vive ahora en Tapachula' });
    expect(sent.status).toBe(201);
    await s.settle();

    const beforeAccepting = [
      await request(s.app).get('/v1/cases?limit=100').set('Authorization', s.tokens.tapachula),
      await request(s.app).get(`/v1/cases/${origin.id}`).set('Authorization', s.tokens.tapachula),
      await request(s.app).get(`/v1/cases/${origin.id}/timeline`).set('Authorization', s.tokens.tapachula),
      await request(s.app).get('/v1/transfers').set('Authorization', s.tokens.tapachula),
      await request(s.app).get(`/v1/transfers/${sent.body.id}`).set('Authorization', s.tokens.tapachula),
    ];
    expect(beforeAccepting.map((res) => res.status)).toEqual([200, 404, 404, 200, 200]);
    expect(beforeAccepting[0]?.body.items).toEqual([]);
    for (const res of beforeAccepting) expect(JSON.stringify(res.body)).not.toMatch(/Marie|Joseph|Vive ahora|[^0-9a-f-]1994[^0-9a-f-]/);

    s.setNow('2026-11-24T09:00:00.000Z');
    const accepted = await request(s.app).post(`/v1/transfers/${sent.body.id}/accept`).set('Authorization', s.tokens.tapachula);
    expect(accepted.status).toBe(200);
    await s.settle();

    const received = await request(s.app).get(`/v1/cases/${accepted.body.newCaseId}`).set('Authorization', s.tokens.tapachula);
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ alias: 'Marie Joseph', status: 'open', priority: 'high', openedAt: '2026-11-24T09:00:00.000Z' });
    expect(received.body.personId).not.toBe(origin.id);
    const closed = await request(s.app).get(`/v1/cases/${origin.id}`).set('Authorization', s.tokens.coordinator);
    expect(closed.body).toMatchObject({ status: 'closed', closure: { outcome: 'transferred', signedOffBy: null } });

    const originTimeline = await request(s.app).get(`/v1/cases/${origin.id}/timeline`).set('Authorization', s.tokens.interpreter);
    const transferSteps = (body: { items: Array<{ kind: string; detail: Record<string, unknown> }> }) =>
      body.items.filter((entry) => entry.kind === 'transfer').map((entry) => entry.detail['event']);
    expect(transferSteps(originTimeline.body)).toEqual(['accepted', 'requested']);
    const receivedTimeline = await request(s.app).get(`/v1/cases/${accepted.body.newCaseId}/timeline`).set('Authorization', s.tokens.tapachula);
    expect(transferSteps(receivedTimeline.body)).toEqual(['accepted', 'requested']);
    expect(JSON.stringify(receivedTimeline.body)).not.toContain('Vive ahora');

    for (const path of [`/v1/cases/${accepted.body.newCaseId}`, `/v1/cases/${origin.id}`, `/v1/transfers/${sent.body.id}`]) {
      expect((await request(s.app).get(path).set('Authorization', s.motozintla)).status).toBe(404);
    }
    expect((await request(s.app).get('/v1/cases?limit=100').set('Authorization', s.motozintla)).body.items).toEqual([]);
  });

  it("takes a statistics withdrawal to the person's case, and the receiving case does not count them again", async () => {
    const s = await setup();
    const origin = await s.openCase('tijuana', { consents: [{ purpose: 'store-data' }, { purpose: 'transfer' }, { purpose: 'statistics' }] });
    const personId = (await request(s.app).get(`/v1/cases/${origin.id}`).set('Authorization', s.tokens.coordinator)).body.personId as string;
    s.setNow('2026-11-23T16:00:00.000Z');
    await s.deliver(
      createEvent(
        consentWithdrawnV1,
        { personId, consentId: randomUUID(), scope: { purpose: 'statistics' }, withdrawnAt: '2026-11-23T16:00:00.000Z' },
        { tenant: 'tijuana', source: '/corredor/intake', correlationId: 'req-w', causationId: 'req-w', subject: personId },
      ),
    );
    await s.settle();
    const withdrawn = await request(s.app).get(`/v1/cases/${origin.id}`).set('Authorization', s.tokens.coordinator);
    expect(withdrawn.body).toMatchObject({ countInStatistics: false, version: 2 });
    const timeline = await request(s.app).get(`/v1/cases/${origin.id}/timeline`).set('Authorization', s.tokens.interpreter);
    expect(timeline.body.items).toContainEqual(expect.objectContaining({ kind: 'consent', by: null, detail: { purpose: 'statistics', given: false } }));

    const sent = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', s.tokens.promoter).send({ toCentre: 'tapachula' });
    const accepted = await request(s.app).post(`/v1/transfers/${sent.body.id}/accept`).set('Authorization', s.tokens.tapachula);
    expect(accepted.status).toBe(200);
    await s.settle();
    const received = await request(s.app).get(`/v1/cases/${accepted.body.newCaseId}`).set('Authorization', s.tokens.tapachula);
    expect(received.body).toMatchObject({ countInStatistics: false });
    const opened = (await s.caseEvents()).filter((e) => e.type === 'case.opened' && e.tenantid === 'tapachula');
    expect(opened.map((e) => e.data['countInStatistics'])).toEqual([false]);
  });

  it('lets only a coordinator reopen a transferred case, and refuses to send the person to the same centre again', async () => {
    const s = await setup();
    const origin = await s.openCase('tijuana', { consents: [{ purpose: 'store-data' }, { purpose: 'transfer' }] });
    const sent = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', s.tokens.promoter).send({ toCentre: 'tapachula' });
    expect((await request(s.app).post(`/v1/transfers/${sent.body.id}/accept`).set('Authorization', s.tokens.tapachula)).status).toBe(200);
    await s.settle();
    const closed = await request(s.app).get(`/v1/cases/${origin.id}`).set('Authorization', s.tokens.promoter);
    expect(closed.body).toMatchObject({ status: 'closed', closure: { outcome: 'transferred' } });

    for (const token of [s.tokens.promoter, s.tokens.lawyer]) {
      const refused = await request(s.app).post(`/v1/cases/${origin.id}/reopen`).set('Authorization', token).send({ expectedVersion: closed.body.version });
      expect([refused.status, refused.body.code]).toEqual([403, 'CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY']);
    }
    const reopened = await request(s.app).post(`/v1/cases/${origin.id}/reopen`).set('Authorization', s.tokens.coordinator).send({ expectedVersion: closed.body.version });
    expect(reopened.body).toMatchObject({ status: 'active' });

    const again = await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', s.tokens.promoter).send({ toCentre: 'tapachula' });
    expect([again.status, again.body.code]).toEqual([409, 'CASE.TRANSFER_ALREADY_ACCEPTED']);
    expect((await request(s.app).get('/v1/cases?limit=100').set('Authorization', s.tokens.tapachula)).body.items).toHaveLength(1);
    expect((await request(s.app).post(`/v1/cases/${origin.id}/transfers`).set('Authorization', s.tokens.promoter).send({ toCentre: 'motozintla' })).status).toBe(201);
  });
});
