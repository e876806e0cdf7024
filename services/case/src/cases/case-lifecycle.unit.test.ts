import request from 'supertest';
import { caseApi, DOCUMENTS_WITHHELD } from './test-fixtures';

async function withCase(flags: 'high-risk' | 'plain' = 'plain') {
  const api = await caseApi();
  const kase = await api.openCase('tijuana', flags === 'high-risk' ? { riskFlags: [DOCUMENTS_WITHHELD] } : {});
  const before = (await api.caseEvents()).length;
  const newEvents = async () => (await api.caseEvents()).slice(before);
  const send = (method: 'post' | 'put', path: string, token: string, body: object) => request(api.app)[method](`/v1/cases/${kase.id}${path}`).set('Authorization', token).send(body);
  return { ...api, kase, newEvents, send };
}

describe('activating a case', () => {
  it('activates an open case and announces it; refuses a second activation and a stale version', async () => {
    const { kase, send, tokens, newEvents } = await withCase();
    const res = await send('post', '/activate', tokens.interpreter, { expectedVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'active', activatedAt: '2026-11-23T15:00:00.000Z', version: 2 });
    expect(await newEvents()).toMatchObject([{ type: 'case.status-changed', subject: kase.id, correlationid: expect.any(String), data: { from: 'open', to: 'active', reason: 'activated' } }]);
    const stale = await send('post', '/activate', tokens.interpreter, { expectedVersion: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'CASE.VERSION_CONFLICT']);
    const again = await send('post', '/activate', tokens.interpreter, { expectedVersion: 2 });
    expect([again.status, again.body.code]).toEqual([409, 'CASE.INVALID_TRANSITION']);
    expect(await newEvents()).toHaveLength(1);
  });

  it('validates the body with field errors', async () => {
    const { send, tokens } = await withCase();
    const res = await send('post', '/activate', tokens.promoter, { expectedVersion: 0, extra: true });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body', 'body.expectedVersion']);
  });
});

describe('assigning a case', () => {
  it('lets a coordinator give the case to a member of staff (announced) and take it back (not announced)', async () => {
    const { kase, send, tokens, newEvents } = await withCase();
    const assigned = await send('put', '/assignee', tokens.coordinator, { assignee: 'prom', expectedVersion: 1 });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assignee: 'prom', version: 2 });
    const same = await send('put', '/assignee', tokens.coordinator, { assignee: 'prom', expectedVersion: 2 });
    expect(same.body).toMatchObject({ assignee: 'prom', version: 2 });
    const unassigned = await send('put', '/assignee', tokens.coordinator, { assignee: null, expectedVersion: 2 });
    expect(unassigned.body).toMatchObject({ assignee: null, version: 3 });
    expect(await newEvents()).toMatchObject([{ type: 'case.assigned', data: { caseId: kase.id, assignee: 'prom', assignedBy: 'coord', assignedAt: '2026-11-23T15:00:00.000Z' } }]);
  });

  it('refuses other roles, stale versions and malformed bodies', async () => {
    const { send, tokens } = await withCase();
    expect((await send('put', '/assignee', tokens.promoter, { assignee: 'prom', expectedVersion: 1 })).status).toBe(403);
    const stale = await send('put', '/assignee', tokens.coordinator, { assignee: 'prom', expectedVersion: 7 });
    expect([stale.status, stale.body.code]).toEqual([409, 'CASE.VERSION_CONFLICT']);
    const invalid = await send('put', '/assignee', tokens.coordinator, { assignee: '' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.assignee', 'body.expectedVersion']);
  });
});

describe('closing a case', () => {
  it('closes a case with an outcome: case.status-changed and case.closed', async () => {
    const { app, kase, send, tokens, newEvents } = await withCase();
    const res = await send('post', '/close', tokens.promoter, { outcome: 'resolved', expectedVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', closedAt: '2026-11-23T15:00:00.000Z', closure: { outcome: 'resolved', closedBy: 'prom', signedOffBy: null }, version: 2 });
    expect(await newEvents()).toMatchObject([
      { type: 'case.status-changed', data: { caseId: kase.id, from: 'open', to: 'closed', reason: 'closed' } },
      { type: 'case.closed', data: { caseId: kase.id, outcome: 'resolved', closedAt: '2026-11-23T15:00:00.000Z' } },
    ]);
    expect((await request(app).get('/v1/cases?status=closed').set('Authorization', tokens.promoter)).body.items).toHaveLength(1);
  });

  it('refuses to close twice (CASE.ALREADY_CLOSED), a stale version (CASE.VERSION_CONFLICT) and an interpreter', async () => {
    const { send, tokens, newEvents } = await withCase();
    expect((await send('post', '/close', tokens.interpreter, { outcome: 'resolved', expectedVersion: 1 })).status).toBe(403);
    await send('post', '/close', tokens.lawyer, { outcome: 'resolved', expectedVersion: 1 });
    const stale = await send('post', '/close', tokens.lawyer, { outcome: 'withdrawn', expectedVersion: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'CASE.VERSION_CONFLICT']);
    const twice = await send('post', '/close', tokens.lawyer, { outcome: 'withdrawn', expectedVersion: 2 });
    expect([twice.status, twice.body.code]).toEqual([409, 'CASE.ALREADY_CLOSED']);
    expect((await newEvents()).map((e) => e.type)).toEqual(['case.status-changed', 'case.closed']);
  });

  it('validates the outcome with field errors', async () => {
    const { send, tokens } = await withCase();
    const res = await send('post', '/close', tokens.promoter, { outcome: 'vanished' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CASE.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.expectedVersion', 'body.outcome']);
  });
});

describe("the coordinator's sign-off of a high-risk closure", () => {
  it("a promoter's closure waits (202); a coordinator signs it off and the case closes", async () => {
    const { kase, send, tokens, newEvents, app } = await withCase('high-risk');
    expect(kase.priority).toBe('high');
    const asked = await send('post', '/close', tokens.promoter, { outcome: 'lost-contact', expectedVersion: 1 });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'open', closure: null, pendingClosure: { outcome: 'lost-contact', requestedBy: 'prom', requestedAt: '2026-11-23T15:00:00.000Z' }, version: 2 });
    const requested = await newEvents();
    expect(requested).toEqual([
      expect.objectContaining({
        type: 'case.closure-requested',
        subject: kase.id,
        data: { caseId: kase.id, outcome: 'lost-contact', priority: 'high', requestedAt: '2026-11-23T15:00:00.000Z' },
      }),
    ]);
    const again = await send('post', '/close', tokens.lawyer, { outcome: 'resolved', expectedVersion: 2 });
    expect([again.status, again.body.code]).toEqual([409, 'CASE.CLOSURE_PENDING']);

    expect((await send('post', '/closure/sign-off', tokens.promoter, { expectedVersion: 2 })).status).toBe(403);
    expect((await send('post', '/closure/sign-off', tokens.interpreter, { expectedVersion: 2 })).status).toBe(403);
    const signed = await send('post', '/closure/sign-off', tokens.coordinator, { expectedVersion: 2 });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'closed', pendingClosure: null, closure: { outcome: 'lost-contact', closedBy: 'prom', signedOffBy: 'coord' }, version: 3 });
    expect((await newEvents()).slice(requested.length).map((e) => [e.type, e.data['outcome'] ?? e.data['reason']])).toEqual([
      ['case.status-changed', 'closed'],
      ['case.closed', 'lost-contact'],
    ]);
    const nothingLeft = await send('post', '/closure/sign-off', tokens.coordinator, { expectedVersion: 3 });
    expect([nothingLeft.status, nothingLeft.body.code]).toEqual([409, 'CASE.ALREADY_CLOSED']);
    expect((await request(app).get(`/v1/cases/${kase.id}`).set('Authorization', tokens.promoter)).body.status).toBe('closed');
  });

  it('a coordinator turns the closure down and the case stays open; nothing pending is a 409', async () => {
    const { send, tokens, newEvents } = await withCase('high-risk');
    const none = await send('post', '/closure/reject', tokens.coordinator, { expectedVersion: 1 });
    expect([none.status, none.body.code]).toEqual([409, 'CASE.NO_CLOSURE_PENDING']);
    await send('post', '/close', tokens.promoter, { outcome: 'withdrawn', expectedVersion: 1 });
    const rejected = await send('post', '/closure/reject', tokens.coordinator, { expectedVersion: 2 });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'open', pendingClosure: null, closure: null, version: 3 });
    // Only the request was announced; turning it down announces nothing.
    expect((await newEvents()).map((e) => e.type)).toEqual(['case.closure-requested']);
  });

  it("a coordinator's own closure of a high-risk case is its sign-off, and asks nobody for one", async () => {
    const { send, tokens, newEvents } = await withCase('high-risk');
    const res = await send('post', '/close', tokens.coordinator, { outcome: 'resolved', expectedVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.body.closure).toEqual({ outcome: 'resolved', closedBy: 'coord', signedOffBy: 'coord' });
    expect((await newEvents()).map((e) => e.type)).toEqual(['case.status-changed', 'case.closed']);
  });
});

describe('reopening a case', () => {
  it('reopens a closed case as active and announces it; an open case cannot be reopened', async () => {
    const { kase, send, tokens, newEvents } = await withCase();
    const notClosed = await send('post', '/reopen', tokens.promoter, { expectedVersion: 1 });
    expect([notClosed.status, notClosed.body.code]).toEqual([409, 'CASE.INVALID_TRANSITION']);
    await send('post', '/close', tokens.promoter, { outcome: 'lost-contact', expectedVersion: 1 });
    expect((await send('post', '/reopen', tokens.interpreter, { expectedVersion: 2 })).status).toBe(403);
    const res = await send('post', '/reopen', tokens.promoter, { expectedVersion: 2 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'active', closure: null, closedAt: null, reopenedAt: '2026-11-23T15:00:00.000Z', version: 3 });
    expect((await newEvents()).slice(-1)).toMatchObject([{ type: 'case.status-changed', data: { caseId: kase.id, from: 'closed', to: 'active', reason: 'reopened' } }]);
  });
});

describe("another centre's case", () => {
  it.each([
    ['post', '/activate', { expectedVersion: 1 }],
    ['put', '/assignee', { assignee: 'coord-tap', expectedVersion: 1 }],
    ['post', '/close', { outcome: 'resolved', expectedVersion: 1 }],
    ['post', '/closure/sign-off', { expectedVersion: 2 }],
    ['post', '/closure/reject', { expectedVersion: 2 }],
    ['post', '/reopen', { expectedVersion: 1 }],
  ] as const)('%s %s is not found from Tapachula, and changes nothing', async (method, path, body) => {
    const { app, kase, send, tokens, newEvents } = await withCase('high-risk');
    if (path.startsWith('/closure')) await send('post', '/close', tokens.promoter, { outcome: 'resolved', expectedVersion: 1 });
    const before = (await newEvents()).length;
    const res = await send(method, path, tokens.tapachula, body);
    expect([res.status, res.body.code]).toEqual([404, 'CASE.NOT_FOUND']);
    expect(JSON.stringify(res.body)).not.toContain('Marie');
    const own = (await request(app).get(`/v1/cases/${kase.id}`).set('Authorization', tokens.promoter)).body;
    expect(own.version).toBe(path.startsWith('/closure') ? 2 : 1);
    expect((await newEvents()).slice(before)).toEqual([]);
  });
});
