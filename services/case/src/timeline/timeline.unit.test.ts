import { apiConformance, openApiErrors } from '@corredor/service-kit/testing';
import request from 'supertest';
import { boundFor, isOlderThan, mergeNewest, newestFirst } from './timeline.domain';
import type { TimelineEntry, TimelineKind, TimelineSource } from './timeline-source';
import { bearer, caseWorkTestApp, TAPACHULA_CASE, TIJUANA_CASE } from './test-fixtures';

const timeline = `/v1/cases/${TIJUANA_CASE}/timeline`;

/** A source that honours the contract over a fixed list: at most `limit`, older than `before`, newest first. */
function fakeSource(entries: TimelineEntry[]): TimelineSource {
  return {
    async entries({ before, limit, caseId }) {
      if (caseId !== TIJUANA_CASE) return [];
      return entries.filter((entry) => !before || isOlderThan(entry, before)).sort(newestFirst).slice(0, limit);
    },
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 12, minute));
const entry = (kind: TimelineKind, id: string, minute: number): TimelineEntry => ({ id: `${kind}:${id}`, kind, at: at(minute), by: null, detail: {} });

/** Every page, following nextCursor, as the ids seen. */
async function walk(app: Parameters<typeof request>[0], token: string, limit: number, path = timeline): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const res: request.Response = await request(app)
      .get(`${path}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
      .set('Authorization', token);
    expect(res.status).toBe(200);
    seen.push(...res.body.items.map((item: { id: string }) => item.id));
    cursor = res.body.nextCursor;
    if (!cursor) return seen;
    expect(res.body.items).toHaveLength(limit);
  }
  throw new Error('the timeline never ended');
}

describe('the timeline order', () => {
  it('merges lists newest first, ties on the instant broken by id, each id once', () => {
    const merged = mergeNewest([[entry('status', 'b', 5), entry('status', 'a', 1)], [entry('task', 'a', 5), entry('status', 'b', 5)]], 10);
    expect(merged.map((e) => e.id)).toEqual(['task:a', 'status:b', 'status:a']);
  });

  it('turns a position from any source into a bound on this source’s keys', () => {
    const when = at(0);
    expect(boundFor('note:', null)).toBeNull();
    expect(boundFor('note:', [when, 'note:abc'])).toEqual({ at: when, ties: 'below', key: 'abc' });
    expect(boundFor('note:', [when, 'task:1'])).toEqual({ at: when, ties: 'all' });
    expect(boundFor('service:', [when, 'note:1'])).toEqual({ at: when, ties: 'none' });
    // A longer prefix sharing the start: 'service:<uuid>' against 'service:voided:<uuid>' is a key comparison.
    expect(boundFor('service:', [when, 'service:voided:1'])).toEqual({ at: when, ties: 'below', key: 'voided:1' });
  });
});

describe('GET /cases/:id/timeline', () => {
  it('pages across sources without repeats or gaps, whatever the page size, entries tied on the instant included', async () => {
    const status = [entry('status', '1', 0), entry('status', '2', 3), entry('status', '3', 3), entry('status', '4', 9)];
    const tasks = [entry('task', '1', 3), entry('task', '2', 3), entry('task', '3', 7), entry('task', '4', 0)];
    const transfers = [entry('transfer', '1', 3), entry('transfer', '2', 12)];
    const { app } = caseWorkTestApp({ extraSources: [fakeSource(status), fakeSource(tasks), fakeSource(transfers)] });
    const token = await bearer('tijuana', 'promoter');
    const expected = [...status, ...tasks, ...transfers].sort(newestFirst).map((e) => e.id);
    for (const limit of [1, 2, 3, 4, 7, 10, 11]) expect(await walk(app, token, limit)).toEqual(expected);
  });

  it("merges the features' own entries: services logged and voided, claim steps, notes, even all at one instant", async () => {
    let now = new Date('2026-11-23T15:00:00.000Z');
    const { app } = caseWorkTestApp({ deps: { clock: () => now } });
    const promoter = await bearer('tijuana', 'promoter', 'staff-ana');
    const post = (path: string, body: object) => request(app).post(`/v1/cases/${TIJUANA_CASE}/${path}`).set('Authorization', promoter).send(body);
    const service = await post('services', { type: 'labour-rights-guidance', deliveredOn: '2026-11-23' });
    const claim = await post('labour-claims', { employer: 'Empacadora', claimType: 'wage-theft', authority: 'conciliation-centre', currency: 'MXN', amounts: { claimed: '800' } });
    await post('notes', { body: 'Primera nota', visibility: 'centre' });
    await post(`services/${service.body.id}/void`, { reason: 'Era otra persona' });
    await post('services', { type: 'job-opportunities', deliveredOn: '2026-11-22' });
    now = new Date('2026-11-23T16:00:00.000Z');
    await request(app).patch(`/v1/cases/${TIJUANA_CASE}/labour-claims/${claim.body.id}`).set('Authorization', promoter).send({ expectedVersion: 1, status: 'conciliation-filed' });
    await post('notes', { body: 'Segunda nota', visibility: 'centre' });

    const all = await request(app).get(`${timeline}?limit=100`).set('Authorization', promoter);
    expect(all.body.nextCursor).toBeNull();
    const items: Array<{ id: string; kind: string; at: string; detail: Record<string, unknown> }> = all.body.items;
    expect(items.map((e) => [e.kind, e.detail['event'] ?? e.detail['step'] ?? e.detail['excerpt']])).toEqual([
      ['note', 'Segunda nota'],
      ['labour-claim', 'status-changed'],
      ...items.slice(2).map((e) => [e.kind, e.detail['event'] ?? e.detail['step'] ?? e.detail['excerpt']]),
    ]);
    expect(items.slice(2).map((e) => e.at)).toEqual(Array(items.length - 2).fill('2026-11-23T15:00:00.000Z'));
    expect(items.slice(2).map((e) => e.kind).sort()).toEqual(['labour-claim', 'labour-claim', 'note', 'service', 'service', 'service']);
    const voided = items.find((e) => e.detail['event'] === 'voided');
    expect(voided).toMatchObject({ id: `service:voided:${service.body.id}`, detail: { reason: 'Era otra persona', serviceId: service.body.id } });
    expect(items.find((e) => e.detail['step'] === 'amounts-changed')).toMatchObject({ detail: { claimId: claim.body.id, amounts: { claimed: '800.00' }, currency: 'MXN' } });

    for (const limit of [1, 2, 3, 5]) expect(await walk(app, promoter, limit)).toEqual(items.map((e) => e.id));
  });

  it('shows a restricted note only to those who may read it', async () => {
    const { app } = caseWorkTestApp();
    const author = await bearer('tijuana', 'promoter', 'staff-ana');
    await request(app).post(`/v1/cases/${TIJUANA_CASE}/notes`).set('Authorization', author).send({ body: 'Teme represalias del patrón', visibility: 'restricted' });
    const kinds = async (token: string) => (await request(app).get(timeline).set('Authorization', token)).body.items.map((e: { kind: string }) => e.kind);
    expect(await kinds(author)).toEqual(['note']);
    expect(await kinds(await bearer('tijuana', 'coordinator', 'staff-carla'))).toEqual(['note']);
    const interpreter = await request(app).get(timeline).set('Authorization', await bearer('tijuana', 'interpreter', 'staff-jean'));
    expect(interpreter.body).toEqual({ items: [], nextCursor: null });
    expect(await kinds(await bearer('tijuana', 'lawyer', 'staff-lucia'))).toEqual([]);
  });

  it("keeps Tijuana's timeline from Tapachula's staff, and validates the page query", async () => {
    const { app } = caseWorkTestApp({ extraSources: [fakeSource([entry('status', '1', 0)])] });
    const tapachula = await bearer('tapachula', 'coordinator');
    const theirs = await request(app).get(timeline).set('Authorization', tapachula);
    expect([theirs.status, theirs.body.code]).toEqual([404, 'CASE.NOT_FOUND']);
    expect((await request(app).get(`/v1/cases/${TAPACHULA_CASE}/timeline`).set('Authorization', tapachula)).body).toEqual({ items: [], nextCursor: null });
    const bad = await request(app).get(`${timeline}?limit=101&cursor=x`).set('Authorization', await bearer('tijuana', 'promoter'));
    expect(bad.status).toBe(422);
    const tampered = await request(app).get(`${timeline}?cursor=${Buffer.from('["not a date","x"]').toString('base64url')}`).set('Authorization', await bearer('tijuana', 'promoter'));
    expect(tampered.body.errors).toEqual([{ field: 'query.cursor', message: 'is not a cursor of this list; start again without it' }]);
  });
});

describe('the case-work API', () => {
  it('documents every route and refuses every role a route does not admit', async () => {
    const built = caseWorkTestApp();
    expect(await apiConformance(built)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
  });

  it('serves a valid OpenAPI 3.1 document', async () => {
    const { app } = caseWorkTestApp();
    const document = (await request(app).get('/openapi.json')).body as { paths: Record<string, unknown> };
    expect(await openApiErrors(document)).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/cases/{id}/timeline', '/cases/{id}/notes/{noteId}', '/cases/{id}/labour-claims/{claimId}/hearings/{hearingId}']));
  });
});
