import { consumingTestApp, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { buildApp } from '../service';

async function setup() {
  const built = await consumingTestApp(buildApp);
  const rosa = `Bearer ${await tokenFor('tijuana', ['coordinator'], 'rosa@tijuana')}`;
  const put = (staffReportAccess: unknown, auth = rosa) => request(built.app).put('/v1/reports/settings').set('Authorization', auth).send({ staffReportAccess });
  const get = async (auth = rosa) => (await request(built.app).get('/v1/reports/settings').set('Authorization', auth)).body;
  return { ...built, rosa, put, get };
}

describe("a centre's report settings", () => {
  it('start restrictive: coordinators and lawyers only, and every member of staff can see so', async () => {
    const { get } = await setup();
    expect(await get(`Bearer ${await tokenFor('tijuana', ['interpreter'])}`)).toEqual({ centre: 'tijuana', staffReportAccess: 'coordinators-and-lawyers', changes: [] });
  });

  it("are the coordinator's to change: each change kept with who, when, from what to what, and in the audit trail", async () => {
    const { app, rosa, put, get } = await setup();
    const opened = await put('all-staff');
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({
      centre: 'tijuana',
      staffReportAccess: 'all-staff',
      changes: [{ at: '2026-11-23T15:00:00.000Z', by: 'rosa@tijuana', from: 'coordinators-and-lawyers', to: 'all-staff' }],
    });
    // Setting what is set changes nothing.
    expect((await put('all-staff')).body.changes).toHaveLength(1);
    const luis = `Bearer ${await tokenFor('tijuana', ['coordinator'], 'luis@tijuana')}`;
    await put('coordinators-and-lawyers', luis);
    expect(await get()).toMatchObject({
      staffReportAccess: 'coordinators-and-lawyers',
      changes: [{ by: 'rosa@tijuana', to: 'all-staff' }, { by: 'luis@tijuana', from: 'all-staff', to: 'coordinators-and-lawyers' }],
    });
    const trail = (await request(app).get('/v1/audit-trail').set('Authorization', rosa)).body.items as Array<{ actor: { userId: string }; action: string; record: { type: string; id: string } }>;
    // Newest first.
    expect(trail.filter((entry) => entry.action === 'report-settings.changed').map((entry) => [entry.actor.userId, entry.record])).toEqual([
      ['luis@tijuana', { type: 'report-settings', id: 'tijuana' }],
      ['rosa@tijuana', { type: 'report-settings', id: 'tijuana' }],
    ]);
    // Another centre keeps its own.
    expect((await get(`Bearer ${await tokenFor('tapachula', ['coordinator'])}`)).staffReportAccess).toBe('coordinators-and-lawyers');
  });

  it('refuse anyone but a coordinator, and a setting that is not one', async () => {
    const { put, get } = await setup();
    for (const role of ['lawyer', 'promoter', 'interpreter'] as const) {
      const res = await put('all-staff', `Bearer ${await tokenFor('tijuana', [role])}`);
      expect([res.status, res.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    }
    const bad = await put('everyone');
    expect([bad.status, bad.body.code, bad.body.errors]).toEqual([422, 'REPORTING.VALIDATION_FAILED', [expect.objectContaining({ field: 'body.staffReportAccess' })]]);
    expect((await get()).changes).toEqual([]);
  });
});
