import { centreTestApp, TAPACHULA_SPEC } from '../testing/centre-test-app';

describe("a centre's own staff and their centre (GET /v1/centre)", () => {
  it('shows staff of every role their own centre: name, city, time zone, languages, services, and nothing private', async () => {
    const app = centreTestApp();
    await app.as(await app.operator()).put('/v1/centres/tapachula', { ...TAPACHULA_SPEC, security: { requireSecondFactor: true } });
    for (const role of ['coordinator', 'promoter', 'interpreter', 'lawyer'] as const) {
      const res = await app.as(await app.staff('tapachula', [role])).get('/v1/centre');
      expect([role, res.status]).toEqual([role, 200]);
      expect(res.body).toEqual({
        id: 'tapachula',
        name: TAPACHULA_SPEC.name,
        city: 'Tapachula',
        country: 'MX',
        timeZone: 'America/Mexico_City',
        languages: ['es', 'ht', 'mam'],
        services: ['guidance', 'accompaniment', 'referral'],
      });
    }
  });

  it("answers each centre's staff with their own centre, and operators not at all", async () => {
    const app = centreTestApp();
    const operator = app.as(await app.operator());
    await operator.put('/v1/centres/tapachula', TAPACHULA_SPEC);
    await operator.put('/v1/centres/tijuana', { ...TAPACHULA_SPEC, name: 'Centro Tijuana', city: 'Tijuana', timeZone: 'America/Tijuana' });
    const tijuana = await app.as(await app.staff('tijuana', ['promoter'])).get('/v1/centre');
    expect(tijuana.body).toMatchObject({ id: 'tijuana', city: 'Tijuana', timeZone: 'America/Tijuana' });
    expect((await operator.get('/v1/centre')).status).toBe(403);
  });

  it('says so when the caller\'s centre is not in the registry', async () => {
    const app = centreTestApp();
    const res = await app.as(await app.staff('tijuana')).get('/v1/centre');
    expect([res.status, res.body.code]).toEqual([404, 'CENTRE.NOT_FOUND']);
  });
});
