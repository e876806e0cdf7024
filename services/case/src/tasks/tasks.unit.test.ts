import { apiConformance, networkTokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { taskTestApp } from './tasks.test-support';

type App = Awaited<ReturnType<typeof taskTestApp>>;

async function withCase(status: 'open' | 'active' | 'closed' = 'open') {
  const s = await taskTestApp();
  return { ...s, caseId: s.cases.open('tijuana', status) };
}

const add = (s: App, caseId: string, body: object, as: string = s.ana) => request(s.app).post(`/v1/cases/${caseId}/tasks`).set('Authorization', as).send(body);
const hearing = (due: object = { dueOn: '2026-11-24' }, assignee: string | null = 'ana') => ({ kind: 'hearing', title: 'Audiencia en el Centro de Conciliación', due, assignee });

describe('tasks on a case', () => {
  it('adds a task due on a day and lists the case tasks open first, by due time', async () => {
    const s = await withCase();
    const created = await add(s, s.caseId, hearing());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      caseId: s.caseId,
      kind: 'hearing',
      title: 'Audiencia en el Centro de Conciliación',
      dueOn: '2026-11-24',
      dueAt: null,
      overdue: false,
      assignee: 'ana',
      status: 'open',
      createdBy: 'ana',
      createdAt: '2026-11-23T15:00:00.000Z',
      completedBy: null,
      completedAt: null,
      cancelledBy: null,
      cancelledAt: null,
      version: 1,
    });
    const callBack = await add(s, s.caseId, { kind: 'call-back', title: 'Llamar', due: { dueAt: '2026-11-23T10:00:00-08:00' }, assignee: null });
    expect(callBack.body).toMatchObject({ dueOn: '2026-11-23', dueAt: '2026-11-23T18:00:00.000Z', assignee: null });
    const renewal = await add(s, s.caseId, { kind: 'card-renewal', title: 'Renovar TVRH', due: { dueOn: '2026-12-20' } });
    expect(renewal.body.assignee).toBeNull();
    await request(s.app).post(`/v1/tasks/${callBack.body.id}/complete`).set('Authorization', s.ana).send({});
    const list = await request(s.app).get(`/v1/cases/${s.caseId}/tasks`).set('Authorization', s.interpreter);
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([created.body.id, renewal.body.id, callBack.body.id]);
    expect(list.body.nextCursor).toBeNull();
  });

  it('pages through a case with a cursor, and refuses a cursor that is not one', async () => {
    const s = await withCase();
    const ids: string[] = [];
    for (const day of ['2026-11-26', '2026-11-24', '2026-11-24', '2026-11-25']) ids.push((await add(s, s.caseId, hearing({ dueOn: day }))).body.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(s.app)
        .get(`/v1/cases/${s.caseId}/tasks`)
        .query({ limit: 1, ...(cursor ? { cursor } : {}) })
        .set('Authorization', s.ana);
      expect(page.body.items).toHaveLength(1);
      seen.push(page.body.items[0].id);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen[3]).toBe(ids[0]);
    const bad = await request(s.app).get(`/v1/cases/${s.caseId}/tasks?cursor=bm9wZQ`).set('Authorization', s.ana);
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
  });

  it('refuses a task on a closed case (409 CASE.CLOSED) and on a case the centre does not have (404)', async () => {
    const s = await withCase('closed');
    const closed = await add(s, s.caseId, hearing());
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('CASE.CLOSED');
    const elsewhere = s.cases.open('tapachula');
    const missing = await add(s, elsewhere, hearing());
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('CASE.NOT_FOUND');
    expect((await request(s.app).get(`/v1/cases/${elsewhere}/tasks`).set('Authorization', s.ana)).status).toBe(404);
    expect(await s.tasks.listForCase('tijuana', s.caseId, { after: null, limit: 10 })).toEqual([]);
  });

  it('validates every field and says which', async () => {
    const s = await withCase();
    const res = await add(s, s.caseId, { kind: 'party', title: 'Llamar\u200b', due: { dueOn: '2026-02-30', dueAt: '2026-11-24T10:00:00Z' }, assignee: '' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CASE.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.assignee', 'body.due', 'body.kind', 'body.title']);
    const blank = await add(s, s.caseId, { kind: 'other', title: '   ', due: { dueAt: '2026-11-24T10:00:00' } });
    expect(blank.body.errors).toEqual([
      { field: 'body.title', message: 'must not be empty' },
      { field: 'body.due.dueAt', message: 'must be a date and time with its offset, such as "2026-11-24T10:00:00-08:00"' },
    ]);
    const trimmed = await add(s, s.caseId, { kind: 'other', title: '  Cite\u0301  ', due: { dueOn: '2026-11-24' } });
    expect(trimmed.body.title).toBe('Cit\u00e9');
    const patch = await request(s.app).patch(`/v1/tasks/${trimmed.body.id}`).set('Authorization', s.ana).send({ expectedVersion: 1 });
    expect(patch.status).toBe(422);
    expect(patch.body.errors).toEqual([{ field: 'body', message: 'must change the title, the due date or the assignee' }]);
    expect((await request(s.app).get('/v1/tasks?due=yesterday&status=lost&limit=0').set('Authorization', s.ana)).body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'query.due',
      'query.limit',
      'query.status',
    ]);
  });
});

describe("the centre's task list", () => {
  it("filters by assignee, status and due date in the centre's time zone", async () => {
    const s = await withCase('active');
    // 2026-11-23T15:00Z is the morning of the 23rd in Tijuana.
    const lateYesterday = (await add(s, s.caseId, hearing({ dueOn: '2026-11-22' }, 'ana'))).body.id;
    const thisEvening = (await add(s, s.caseId, hearing({ dueAt: '2026-11-23T19:30:00-08:00' }, null))).body.id;
    const friday = (await add(s, s.caseId, hearing({ dueOn: '2026-11-27' }, 'luis'))).body.id;
    const nextMonth = (await add(s, s.caseId, hearing({ dueOn: '2026-12-23' }, 'ana'))).body.id;
    const ids = async (query: string, as: string = s.ana) => {
      const res = await request(s.app).get(`/v1/tasks${query}`).set('Authorization', as);
      expect(res.status).toBe(200);
      return res.body.items.map((t: { id: string }) => t.id);
    };
    expect(await ids('')).toEqual([lateYesterday, thisEvening, friday, nextMonth]);
    expect(await ids('?assignee=me')).toEqual([lateYesterday, nextMonth]);
    expect(await ids('?assignee=me', s.luis)).toEqual([friday]);
    expect(await ids('?assignee=luis')).toEqual([friday]);
    expect(await ids('?assignee=none')).toEqual([thisEvening]);
    expect(await ids('?due=overdue')).toEqual([lateYesterday]);
    expect(await ids('?due=today')).toEqual([thisEvening]);
    expect(await ids('?due=week')).toEqual([thisEvening, friday]);
    expect(await ids('?due=overdue&status=done')).toEqual([]);
    await request(s.app).post(`/v1/tasks/${lateYesterday}/complete`).set('Authorization', s.ana).send({});
    expect(await ids('?status=done')).toEqual([lateYesterday]);
    expect(await ids('?due=overdue')).toEqual([]);
    s.setNow('2026-11-24T03:31:00.000Z');
    expect(await ids('?due=overdue')).toEqual([thisEvening]);
    const page = await request(s.app).get('/v1/tasks?limit=2').set('Authorization', s.ana);
    expect(page.body.items.map((t: { id: string }) => t.id)).toEqual([thisEvening, friday]);
    expect(page.body.items[0].overdue).toBe(true);
    const next = await request(s.app).get(`/v1/tasks?limit=2&cursor=${page.body.nextCursor}`).set('Authorization', s.ana);
    expect(next.body).toEqual({ items: [expect.objectContaining({ id: nextMonth })], nextCursor: null });
  });
});

describe('changing a task', () => {
  async function oneTask() {
    const s = await withCase();
    const task = (await add(s, s.caseId, hearing())).body;
    return { ...s, task };
  }

  it('edits title, due date and assignee at the expected version, and refuses a stale one', async () => {
    const s = await oneTask();
    const res = await request(s.app)
      .patch(`/v1/tasks/${s.task.id}`)
      .set('Authorization', s.luis)
      .send({ expectedVersion: 1, title: 'Audiencia (sala 3)', due: { dueAt: '2026-11-25T09:00:00-08:00' }, assignee: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Audiencia (sala 3)', dueOn: '2026-11-25', dueAt: '2026-11-25T17:00:00.000Z', assignee: null, version: 2 });
    const stale = await request(s.app).patch(`/v1/tasks/${s.task.id}`).set('Authorization', s.ana).send({ expectedVersion: 1, assignee: 'ana' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('TASK.VERSION_CONFLICT');
  });

  it('completes or cancels an open task once; a settled task cannot be edited', async () => {
    const s = await oneTask();
    const done = await request(s.app).post(`/v1/tasks/${s.task.id}/complete`).set('Authorization', s.interpreter).send({ expectedVersion: 1 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', completedBy: 'jean', completedAt: '2026-11-23T15:00:00.000Z', version: 2 });
    for (const [path, body] of [
      ['complete', {}],
      ['cancel', {}],
    ] as const) {
      const again = await request(s.app).post(`/v1/tasks/${s.task.id}/${path}`).set('Authorization', s.ana).send(body);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('TASK.INVALID_TRANSITION');
    }
    const edit = await request(s.app).patch(`/v1/tasks/${s.task.id}`).set('Authorization', s.ana).send({ expectedVersion: 2, title: 'Otra' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('TASK.INVALID_TRANSITION');
    const other = (await add(s, s.caseId, hearing())).body;
    const cancelled = await request(s.app).post(`/v1/tasks/${other.id}/cancel`).set('Authorization', s.ana).send({});
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'ana' });
    const stale = await request(s.app).post(`/v1/tasks/${other.id}/complete`).set('Authorization', s.ana).send({ expectedVersion: 1 });
    expect(stale.body.code).toBe('TASK.VERSION_CONFLICT');
  });

  it("reschedules only on an open case; completing a closed case's task is still allowed", async () => {
    const s = await oneTask();
    s.cases.close('tijuana', s.caseId);
    const moved = await request(s.app).patch(`/v1/tasks/${s.task.id}`).set('Authorization', s.ana).send({ expectedVersion: 1, due: { dueOn: '2026-12-01' } });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('CASE.CLOSED');
    expect((await request(s.app).post(`/v1/tasks/${s.task.id}/complete`).set('Authorization', s.ana).send({})).status).toBe(200);
  });
});

describe('two centres', () => {
  it("keeps each centre's tasks to itself: another centre's staff get 404 and see none in lists", async () => {
    const s = await withCase();
    const task = (await add(s, s.caseId, hearing())).body;
    const theirs = s.cases.open('tapachula');
    await add(s, theirs, hearing(), s.tapachula);
    const calls = [
      request(s.app).get(`/v1/cases/${s.caseId}/tasks`).set('Authorization', s.tapachula),
      request(s.app).post(`/v1/cases/${s.caseId}/tasks`).set('Authorization', s.tapachula).send(hearing()),
      request(s.app).patch(`/v1/tasks/${task.id}`).set('Authorization', s.tapachula).send({ expectedVersion: 1, title: 'x' }),
      request(s.app).post(`/v1/tasks/${task.id}/complete`).set('Authorization', s.tapachula).send({}),
      request(s.app).post(`/v1/tasks/${task.id}/cancel`).set('Authorization', s.tapachula).send({}),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Audiencia');
    }
    const list = await request(s.app).get('/v1/tasks').set('Authorization', s.tapachula);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].caseId).toBe(theirs);
    expect((await request(s.app).get('/v1/tasks').set('Authorization', s.ana)).body.items.map((t: { id: string }) => t.id)).toEqual([task.id]);
    expect(await s.tasks.findById('tijuana', task.id)).toMatchObject({ status: 'open', version: 1 });
  });
});

describe('who may use the task routes', () => {
  it('documents every route and refuses every role a route does not admit', async () => {
    const s = await taskTestApp();
    expect(await apiConformance(s)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
  });

  it('shows no task to an operator', async () => {
    const s = await withCase();
    await add(s, s.caseId, hearing());
    const res = await request(s.app).get('/v1/tasks').set('Authorization', `Bearer ${await networkTokenFor('red-corredor-mx')}`);
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('Audiencia');
  });
});
