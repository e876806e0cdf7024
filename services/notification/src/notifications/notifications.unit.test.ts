import { caseOpenedV1, createEvent } from '@corredor/contracts';
import { changeTestCentre, consumingTestApp, networkTokenFor, tokenFor } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { buildApp } from '../service';

function opened(tenant: string) {
  const caseId = randomUUID();
  return createEvent(
    caseOpenedV1,
    { caseId, intakeId: randomUUID(), openedAt: '2026-11-23T10:00:00.000Z', profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht'] } },
    { tenant, source: '/corredor/case', correlationId: 'r', causationId: 'r', subject: caseId },
  );
}

async function setup() {
  const built = await consumingTestApp(buildApp);
  return {
    ...built,
    ana: `Bearer ${await tokenFor('tijuana', ['promoter'], 'ana')}`,
    luis: `Bearer ${await tokenFor('tijuana', ['coordinator'], 'luis')}`,
    tapachula: `Bearer ${await tokenFor('tapachula', ['coordinator'])}`,
  };
}

describe('staff notifications', () => {
  it('tells the centre about each new case once, without naming the person', async () => {
    const { app, deliver, ana, tapachula } = await setup();
    const event = opened('tijuana');
    await deliver(event, event, opened('tapachula'));
    const res = await request(app).get('/v1/notifications').set('Authorization', ana);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { id: expect.any(String), kind: 'case.opened', title: 'Nuevo caso', language: 'es', caseId: event.data.caseId, createdAt: '2026-11-23T15:00:00.000Z', read: false },
    ]);
    expect((await request(app).get('/v1/notifications').set('Authorization', tapachula)).body.items).toHaveLength(1);
  });

  it('marks read per member of staff, and only within the centre', async () => {
    const { app, deliver, ana, luis, tapachula } = await setup();
    await deliver(opened('tijuana'));
    const [item] = (await request(app).get('/v1/notifications').set('Authorization', ana)).body.items;
    expect((await request(app).post(`/v1/notifications/${item.id}/read`).set('Authorization', tapachula)).status).toBe(404);
    expect((await request(app).post(`/v1/notifications/${item.id}/read`).set('Authorization', ana)).status).toBe(204);
    expect((await request(app).get('/v1/notifications?unread=true').set('Authorization', ana)).body.items).toHaveLength(0);
    expect((await request(app).get('/v1/notifications?unread=true').set('Authorization', luis)).body.items).toHaveLength(1);
  });
});

describe("notifications in the centre's languages", () => {
  it("writes in the centre's first language that has a translation, as the centre has it when the case opens", async () => {
    const { app, deps, deliver, ana } = await setup();
    changeTestCentre(deps.centres, 'tijuana', { languages: ['mam', 'ht', 'es'] });
    await deliver(opened('tijuana'));
    changeTestCentre(deps.centres, 'tijuana', { languages: ['quc', 'en'] });
    await deliver(opened('tijuana'));
    const items = (await request(app).get('/v1/notifications').set('Authorization', ana)).body.items as Array<{ title: string; language: string }>;
    expect(items.map(({ title, language }) => ({ title, language })).sort((a, b) => a.language.localeCompare(b.language))).toEqual([
      { title: 'New case', language: 'en' },
      { title: 'Nouvo dosye', language: 'ht' },
    ]);
  });

  it('is for staff: an operator reads no notification', async () => {
    const { app, deliver } = await setup();
    await deliver(opened('tijuana'));
    const res = await request(app).get('/v1/notifications').set('Authorization', `Bearer ${await networkTokenFor('red-corredor-mx')}`);
    expect(res.status).toBe(403);
  });
});
