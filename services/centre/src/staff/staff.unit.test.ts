import { centreTestApp, TAPACHULA_SPEC, tokenOf } from '../testing/centre-test-app';

const COORDINATOR = { name: 'Rosa Pérez', email: 'Coordinacion@Tapachula.example.org', preferredLanguage: 'es' };
const HOUR = 3600_000;

async function withCentre() {
  const app = centreTestApp();
  const op = app.as(await app.operator());
  await op.put('/v1/centres/tapachula', TAPACHULA_SPEC);
  return { app, op };
}

describe("a new centre's first coordinator", () => {
  it('is invited once by the operator: a second run reports the pending invitation instead of sending another', async () => {
    const { app, op } = await withCentre();
    const first = await op.put('/v1/centres/tapachula/coordinator', COORDINATOR);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'invited', invitation: { url: expect.stringMatching(/^https:\/\/centres\.example\.org\/invitations\/[\w-]{43}$/) } });
    expect(first.body.invitation.expiresAt).toBe('2026-11-26T15:00:00.000Z');

    const second = await op.put('/v1/centres/tapachula/coordinator', COORDINATOR);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ status: 'invited', invitation: null, pendingUntil: '2026-11-26T15:00:00.000Z' });

    // Once the link expired, running it again issues a fresh one.
    app.advance(73 * HOUR);
    const third = await op.put('/v1/centres/tapachula/coordinator', COORDINATOR);
    expect(third.status).toBe(201);
    expect(third.body.invitation.url).not.toBe(first.body.invitation.url);
  });

  it('sets a password through the one-time link, which then stops working; the next apply says the coordinator is active', async () => {
    const { app, op } = await withCentre();
    const { body } = await op.put('/v1/centres/tapachula/coordinator', COORDINATOR);
    const token = tokenOf(body.invitation.url);

    const page = await app.http.get(`/invitations/${token}`).set('Accept-Language', 'ht');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Kreye modpas ou');
    expect(page.text).toContain('Rosa Pérez');

    const weak = await app.http.post(`/invitations/${token}`).send({ password: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([{ field: 'body.password', message: 'must be between 12 and 256 characters long' }]);

    const accepted = await app.http.post(`/invitations/${token}`).send({ password: 'una frase larga y secreta' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'active', centre: 'tapachula', email: 'coordinacion@tapachula.example.org' });

    const reused = await app.http.post(`/invitations/${token}`).send({ password: 'otra frase larga y secreta' });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('STAFF.INVITATION_USED');
    expect((await op.put('/v1/centres/tapachula/coordinator', COORDINATOR)).body).toEqual({ status: 'active' });

    // Once coordinated, the centre's staff are its coordinators' business: an operator gets no new link.
    const intruder = await op.put('/v1/centres/tapachula/coordinator', { ...COORDINATOR, email: 'operador@red.example.org' });
    expect([intruder.status, intruder.body.code]).toEqual([409, 'STAFF.CENTRE_HAS_COORDINATOR']);
    const relink = await op.post('/v1/centres/tapachula/coordinator/invitation');
    expect([relink.status, relink.body.code]).toEqual([409, 'STAFF.CENTRE_HAS_COORDINATOR']);
  });

  it('refuses an expired link, a replaced link and a made-up one, each with its own code', async () => {
    const { app, op } = await withCentre();
    const first = tokenOf((await op.put('/v1/centres/tapachula/coordinator', COORDINATOR)).body.invitation.url);
    const fresh = await op.post('/v1/centres/tapachula/coordinator/invitation');
    expect(fresh.status).toBe(201);
    const replaced = await app.http.post(`/invitations/${first}`).send({ password: 'una frase larga y secreta' });
    expect([replaced.status, replaced.body.code]).toEqual([410, 'STAFF.INVITATION_REVOKED']);

    app.advance(72 * HOUR);
    const expired = await app.http.post(`/invitations/${tokenOf(fresh.body.invitation.url)}`).send({ password: 'una frase larga y secreta' });
    expect([expired.status, expired.body.code]).toEqual([410, 'STAFF.INVITATION_EXPIRED']);

    const madeUp = await app.http.post(`/invitations/${'x'.repeat(43)}`).send({ password: 'una frase larga y secreta' });
    expect([madeUp.status, madeUp.body.code]).toEqual([404, 'STAFF.INVITATION_NOT_FOUND']);
    const page = await app.http.get(`/invitations/${'x'.repeat(43)}`).set('Accept-Language', 'fr');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Cette invitation ne peut pas être utilisée.');
  });

  it('cannot sign up while the centre is suspended', async () => {
    const { app, op } = await withCentre();
    const token = tokenOf((await op.put('/v1/centres/tapachula/coordinator', COORDINATOR)).body.invitation.url);
    await op.post('/v1/centres/tapachula/suspend');
    const res = await app.http.post(`/invitations/${token}`).send({ password: 'una frase larga y secreta' });
    expect([res.status, res.body.code]).toEqual([403, 'CENTRE.SUSPENDED']);
  });
});

describe("a coordinator manages the centre's staff", () => {
  async function withCoordinator() {
    const { app, op } = await withCentre();
    const { body } = await op.put('/v1/centres/tapachula/coordinator', COORDINATOR);
    const accepted = await app.http.post(`/invitations/${tokenOf(body.invitation.url)}`).send({ password: 'una frase larga y secreta' });
    const coordinator = app.as(await app.staff('tapachula', ['coordinator'], accepted.body.accountId));
    return { app, coordinator, coordinatorId: String(accepted.body.accountId) };
  }

  it('invites with roles, changes roles, deactivates and reactivates, all within the centre', async () => {
    const { app, coordinator } = await withCoordinator();
    const invited = await coordinator.post('/v1/staff/invitations', { name: 'Luis', email: 'luis@tapachula.example.org', roles: ['promoter', 'interpreter'], preferredLanguage: 'mam' });
    expect(invited.status).toBe(201);
    expect(invited.body.account).toMatchObject({ status: 'invited', roles: ['promoter', 'interpreter'], centre: 'tapachula', secondFactorEnrolled: false });
    expect(invited.body.account).not.toHaveProperty('passwordHash');
    const id = String(invited.body.account.id);

    expect((await coordinator.put(`/v1/staff/${id}/roles`, { roles: ['promoter'] })).body.roles).toEqual(['promoter']);
    expect((await coordinator.post(`/v1/staff/${id}/deactivate`)).body.status).toBe('deactivated');
    expect((await coordinator.post(`/v1/staff/${id}/deactivate`)).body.code).toBe('STAFF.ALREADY_DEACTIVATED');
    expect((await coordinator.post(`/v1/staff/${id}/reactivate`)).body.status).toBe('invited');
    const list = await coordinator.get('/v1/staff');
    expect(list.body.items.map((a: { email: string }) => a.email).sort()).toEqual(['coordinacion@tapachula.example.org', 'luis@tapachula.example.org']);

    // Another centre's coordinator sees none of it.
    const other = app.as(await app.staff('tijuana', ['coordinator']));
    expect((await other.get('/v1/staff')).body.items).toEqual([]);
    expect((await other.post(`/v1/staff/${id}/deactivate`)).status).toBe(404);
  });

  it('lists the staff a page at a time, by name, with no repeat or gap', async () => {
    const { coordinator } = await withCoordinator();
    for (const [i, name] of ['Zoila', 'Ana', 'Jean', 'Ana'].entries()) {
      const invited = await coordinator.post('/v1/staff/invitations', { name, email: `persona${i}@tapachula.example.org`, roles: ['promoter'] });
      expect(invited.status).toBe(201);
    }
    const seen: Array<{ id: string; name: string }> = [];
    let cursor: string | null = null;
    do {
      const page = await coordinator.get(`/v1/staff?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((account) => account.name)).toEqual(['Ana', 'Ana', 'Jean', 'Rosa Pérez', 'Zoila']);
    expect(new Set(seen.map((account) => account.id)).size).toBe(5);
  });

  it('resets a lost second factor, and refuses names with invisible characters', async () => {
    const { coordinator, coordinatorId } = await withCoordinator();
    const reset = await coordinator.post(`/v1/staff/${coordinatorId}/second-factor/reset`);
    expect([reset.status, reset.body.secondFactorEnrolled]).toEqual([200, false]);
    const disguised = await coordinator.post('/v1/staff/invitations', { name: 'Luis\u202Eodnanref', email: 'luis@tapachula.example.org', roles: ['promoter'] });
    expect(disguised.status).toBe(422);
    expect(disguised.body.errors).toEqual([{ field: 'body.name', message: 'must not contain control or invisible formatting characters' }]);
  });

  it('refuses an email already in use, and never leaves the centre without a coordinator', async () => {
    const { coordinator, coordinatorId } = await withCoordinator();
    const dup = await coordinator.post('/v1/staff/invitations', { name: 'Rosa bis', email: 'coordinacion@tapachula.example.org', roles: ['lawyer'] });
    expect([dup.status, dup.body.code]).toEqual([409, 'STAFF.EMAIL_TAKEN']);
    const self = await coordinator.post(`/v1/staff/${coordinatorId}/deactivate`);
    expect([self.status, self.body.code]).toEqual([409, 'STAFF.LAST_COORDINATOR']);
  });

  it('is for coordinators: other staff and operators are refused', async () => {
    const { app } = await withCoordinator();
    expect((await app.as(await app.staff('tapachula', ['promoter'])).get('/v1/staff')).status).toBe(403);
    const operator = await app.as(await app.operator()).get('/v1/staff');
    expect([operator.status, operator.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
  });
});
