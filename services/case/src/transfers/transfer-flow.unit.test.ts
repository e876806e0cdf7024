import { changeTestCentre, tokenFor } from '@corredor/service-kit';
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
    for (const res of beforeAccepting) expect(JSON.stringify(res.body)).not.toMatch(/Marie|Joseph|Vive ahora|1994/);

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
});
