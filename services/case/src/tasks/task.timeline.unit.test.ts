import request from 'supertest';
import type { Principal } from '@corredor/service-kit';
import { taskTestApp } from './tasks.test-support';

const viewer: Principal = { kind: 'staff', userId: 'jean', centre: 'tijuana', roles: ['interpreter'] };

describe("tasks on a case's timeline", () => {
  it('shows each task created, done and cancelled, newest first, page by page, only at its centre', async () => {
    const s = await taskTestApp();
    const caseId = s.cases.open('tijuana');
    const add = async (title: string) =>
      (await request(s.app).post(`/v1/cases/${caseId}/tasks`).set('Authorization', s.ana).send({ kind: 'call-back', title, due: { dueOn: '2026-11-24' } })).body.id as string;
    const first = await add('Llamar');
    s.setNow('2026-11-23T16:00:00.000Z');
    const second = await add('Renovar');
    // Done at the very instant it was created: two entries of one task share an instant.
    await request(s.app).post(`/v1/tasks/${second}/complete`).set('Authorization', s.luis).send({});
    s.setNow('2026-11-23T17:00:00.000Z');
    await request(s.app).post(`/v1/tasks/${first}/cancel`).set('Authorization', s.ana).send({});

    const all = await s.feature.timeline.entries({ tenant: 'tijuana', caseId, before: null, limit: 10, viewer });
    expect(all.map((e) => [e.id, e.at.toISOString(), e.by])).toEqual([
      [`task:${first}:cancelled`, '2026-11-23T17:00:00.000Z', 'ana'],
      [`task:${second}:done`, '2026-11-23T16:00:00.000Z', 'luis'],
      [`task:${second}:created`, '2026-11-23T16:00:00.000Z', 'ana'],
      [`task:${first}:created`, '2026-11-23T15:00:00.000Z', 'ana'],
    ]);
    expect(all[0]).toMatchObject({ kind: 'task', detail: { event: 'cancelled', taskId: first, kind: 'call-back', title: 'Llamar', dueOn: '2026-11-24' } });

    const pages: string[] = [];
    let before: readonly [Date, string] | null = null;
    for (;;) {
      const page = await s.feature.timeline.entries({ tenant: 'tijuana', caseId, before, limit: 1, viewer });
      const [entry] = page;
      if (!entry) break;
      pages.push(entry.id);
      before = [entry.at, entry.id];
    }
    expect(pages).toEqual(all.map((e) => e.id));
    // Another source's entry at the same instant: task entries sort by their ids against it.
    expect((await s.feature.timeline.entries({ tenant: 'tijuana', caseId, before: [new Date('2026-11-23T16:00:00.000Z'), 'transfer:x'], limit: 10, viewer })).map((e) => e.id)).toEqual([
      `task:${second}:done`,
      `task:${second}:created`,
      `task:${first}:created`,
    ]);
    expect((await s.feature.timeline.entries({ tenant: 'tijuana', caseId, before: [new Date('2026-11-23T16:00:00.000Z'), 'status:x'], limit: 10, viewer })).map((e) => e.id)).toEqual([
      `task:${first}:created`,
    ]);
    expect(await s.feature.timeline.entries({ tenant: 'tapachula', caseId, before: null, limit: 10, viewer: { ...viewer, centre: 'tapachula' } })).toEqual([]);
  });
});
