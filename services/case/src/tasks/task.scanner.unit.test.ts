import { eventRegistry, type EventEnvelope } from '@corredor/contracts';
import request from 'supertest';
import { createTaskScanner } from './task.scanner';
import { taskTestApp } from './tasks.test-support';

type App = Awaited<ReturnType<typeof taskTestApp>>;

async function addTask(s: App, tenant: 'tijuana' | 'tapachula', due: object, assignee: string | null = 'ana') {
  const caseId = s.cases.open(tenant);
  const res = await request(s.app)
    .post(`/v1/cases/${caseId}/tasks`)
    .set('Authorization', tenant === 'tijuana' ? s.ana : s.tapachula)
    .send({ kind: 'hearing', title: 'Audiencia de Marie Joseph', due, assignee });
  expect(res.status).toBe(201);
  return res.body as { id: string; caseId: string; version: number };
}

/** Another instance of the service: its own scanner over the same store. */
const secondInstance = (s: App) => createTaskScanner({ tasks: s.tasks, cases: s.cases, clock: s.clock, outboxWritten: () => {} });

const reminders = (events: EventEnvelope[]) =>
  events.map((e) => ({ type: e.type, taskId: (e.data as { taskId: string }).taskId })).sort((a, b) => `${a.taskId}${a.type}`.localeCompare(`${b.taskId}${b.type}`));

describe('the due-task scan', () => {
  it("announces a task as due when its day starts and overdue when it ends, in each centre's time zone", async () => {
    const s = await taskTestApp();
    const tijuana = await addTask(s, 'tijuana', { dueOn: '2026-11-24' });
    const tapachula = await addTask(s, 'tapachula', { dueOn: '2026-11-24' }, null);
    const steps: Array<[string, number]> = [
      ['2026-11-24T05:59:59.000Z', 0],
      ['2026-11-24T06:00:00.000Z', 1], // midnight in Tapachula (Mexico City time, UTC-6)
      ['2026-11-24T07:59:59.000Z', 0],
      ['2026-11-24T08:00:00.000Z', 1], // midnight in Tijuana (UTC-8 in November)
      ['2026-11-25T06:00:00.000Z', 1],
      ['2026-11-25T08:00:00.000Z', 1],
      ['2026-11-26T08:00:00.000Z', 0],
    ];
    for (const [at, announced] of steps) {
      s.setNow(at);
      expect(await s.feature.scanner.scanOnce()).toBe(announced);
    }
    // The bus keeps order per case (the key), not across cases.
    const events = (await s.events()).sort((a, b) => a.time.localeCompare(b.time));
    expect(events.map((e) => [e.type, e.tenantid, e.time])).toEqual([
      ['case.task-due', 'tapachula', '2026-11-24T06:00:00.000Z'],
      ['case.task-due', 'tijuana', '2026-11-24T08:00:00.000Z'],
      ['case.task-overdue', 'tapachula', '2026-11-25T06:00:00.000Z'],
      ['case.task-overdue', 'tijuana', '2026-11-25T08:00:00.000Z'],
    ]);
    expect(events[1]).toMatchObject({
      subject: tijuana.caseId,
      data: { caseId: tijuana.caseId, taskId: tijuana.id, assignee: 'ana', dueOn: '2026-11-24', dueAt: '2026-11-24T08:00:00.000Z' },
    });
    expect(events[0]?.data).toMatchObject({ taskId: tapachula.id, assignee: null });
    for (const event of events) expect(eventRegistry.parse(event)).toMatchObject({ ok: true });
    expect(JSON.stringify(events)).not.toContain('Marie');
  });

  it('announces a timed task as due from the start of its day and overdue at its instant', async () => {
    const s = await taskTestApp();
    await addTask(s, 'tijuana', { dueAt: '2026-11-24T10:00:00-08:00' });
    s.setNow('2026-11-24T08:00:00.000Z');
    expect(await s.feature.scanner.scanOnce()).toBe(1);
    s.setNow('2026-11-24T17:59:59.000Z');
    expect(await s.feature.scanner.scanOnce()).toBe(0);
    s.setNow('2026-11-24T18:00:00.000Z');
    expect(await s.feature.scanner.scanOnce()).toBe(1);
    expect((await s.events()).map((e) => [e.type, (e.data as { dueAt: string }).dueAt])).toEqual([
      ['case.task-due', '2026-11-24T18:00:00.000Z'],
      ['case.task-overdue', '2026-11-24T18:00:00.000Z'],
    ]);
  });

  it('announces a task found already overdue as overdue only', async () => {
    const s = await taskTestApp();
    await addTask(s, 'tijuana', { dueOn: '2026-11-20' });
    expect(await s.feature.scanner.scanOnce()).toBe(1);
    expect((await s.events()).map((e) => e.type)).toEqual(['case.task-overdue']);
  });

  it('follows the clock change: a 23-hour day in Tijuana in March, and none in Mexico City', async () => {
    const s = await taskTestApp();
    const tijuana = await addTask(s, 'tijuana', { dueOn: '2027-03-14' });
    const tapachula = await addTask(s, 'tapachula', { dueOn: '2027-03-14' });
    const overdue = async () =>
      (await s.events())
        .filter((e) => e.type === 'case.task-overdue')
        .sort((a, b) => a.time.localeCompare(b.time))
        .map((e) => (e.data as { taskId: string }).taskId);
    s.setNow('2027-03-14T08:00:00.000Z');
    expect(await s.feature.scanner.scanOnce()).toBe(2);
    s.setNow('2027-03-15T06:00:00.000Z');
    await s.feature.scanner.scanOnce();
    expect(await overdue()).toEqual([tapachula.id]);
    s.setNow('2027-03-15T06:59:59.000Z');
    await s.feature.scanner.scanOnce();
    expect(await overdue()).toEqual([tapachula.id]);
    // Tijuana's clocks went forward at 02:00 on the 14th: its day ended at 00:00 PDT, 07:00Z.
    s.setNow('2027-03-15T07:00:00.000Z');
    await s.feature.scanner.scanOnce();
    expect(await overdue()).toEqual([tapachula.id, tijuana.id]);
  });

  it('announces each reminder once with two instances scanning the same store at the same time, and a restart adds nothing', async () => {
    const s = await taskTestApp();
    const tasks = [];
    for (let i = 0; i < 6; i += 1) tasks.push(await addTask(s, i % 2 ? 'tijuana' : 'tapachula', i % 3 ? { dueOn: '2026-11-24' } : { dueAt: '2026-11-24T12:00:00-06:00' }, i % 2 ? null : 'ana'));
    const other = secondInstance(s);
    for (const at of ['2026-11-24T06:00:00.000Z', '2026-11-24T08:00:00.000Z', '2026-11-24T18:00:00.000Z', '2026-11-25T06:00:00.000Z', '2026-11-25T08:00:00.000Z']) {
      s.setNow(at);
      for (let round = 0; round < 5; round += 1) {
        await Promise.all([s.feature.scanner.scanOnce(), other.scanOnce(), s.feature.scanner.scanOnce(), other.scanOnce()]);
        // Published events leave the outbox: only the claim can stop a second announcement.
        await s.events();
      }
    }
    const expected = tasks.flatMap((t) => [
      { type: 'case.task-due', taskId: t.id },
      { type: 'case.task-overdue', taskId: t.id },
    ]);
    expect(reminders(await s.events())).toEqual(reminders(expected.map((e) => ({ type: e.type, data: { taskId: e.taskId } }) as unknown as EventEnvelope)));
    const restarted = secondInstance(s);
    s.setNow('2026-12-31T00:00:00.000Z');
    expect(await restarted.scanOnce()).toBe(0);
    expect(await s.events()).toHaveLength(12);
  });

  it('announces again after a reschedule, once per due date, and not at all for a settled task or a closed case', async () => {
    const s = await taskTestApp();
    const moved = await addTask(s, 'tijuana', { dueOn: '2026-11-24' });
    const done = await addTask(s, 'tijuana', { dueOn: '2026-11-24' });
    const onClosedCase = await addTask(s, 'tijuana', { dueOn: '2026-11-24' });
    await request(s.app).post(`/v1/tasks/${done.id}/complete`).set('Authorization', s.ana).send({});
    s.cases.close('tijuana', onClosedCase.caseId);
    s.setNow('2026-11-24T09:00:00.000Z');
    expect(await s.feature.scanner.scanOnce()).toBe(1);
    // Only a new due date arms the reminders again: an edit of the title does not.
    await request(s.app).patch(`/v1/tasks/${moved.id}`).set('Authorization', s.ana).send({ expectedVersion: 1, title: 'Audiencia (sala 2)' });
    expect(await s.feature.scanner.scanOnce()).toBe(0);
    const res = await request(s.app).patch(`/v1/tasks/${moved.id}`).set('Authorization', s.ana).send({ expectedVersion: 2, due: { dueOn: '2026-11-26' } });
    expect(res.status).toBe(200);
    expect(await s.feature.scanner.scanOnce()).toBe(0);
    s.setNow('2026-11-26T08:00:00.000Z');
    expect(await s.feature.scanner.scanOnce()).toBe(1);
    expect(await secondInstance(s).scanOnce()).toBe(0);
    s.setNow('2026-11-27T08:00:00.000Z');
    expect(await s.feature.scanner.scanOnce()).toBe(1);
    const events = await s.events();
    expect(events.map((e) => [e.type, (e.data as { taskId: string; dueOn: string }).taskId, (e.data as { dueOn: string }).dueOn])).toEqual([
      ['case.task-due', moved.id, '2026-11-24'],
      ['case.task-due', moved.id, '2026-11-26'],
      ['case.task-overdue', moved.id, '2026-11-26'],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
  });

  it('reaches every reminder in one scan when the case lookup keeps failing for a whole batch of tasks', async () => {
    const s = await taskTestApp();
    const broken = new Set<string>();
    for (let i = 0; i < 5; i += 1) broken.add((await addTask(s, 'tijuana', { dueOn: '2026-11-24' })).caseId);
    const good = await addTask(s, 'tijuana', { dueOn: '2026-11-24' });
    s.setNow('2026-11-24T09:00:00.000Z');
    const lookedUp: string[] = [];
    const flaky = {
      async findById(tenant: string, id: string) {
        lookedUp.push(id);
        if (broken.has(id)) throw new Error('store timeout');
        return s.cases.findById(tenant, id);
      },
    };
    const scanner = createTaskScanner({ tasks: s.tasks, cases: flaky, clock: s.clock, outboxWritten: () => {}, batchSize: 2 });
    expect(await scanner.scanOnce()).toBe(1);
    // Each task once: the scan reads on from the last task it saw, not the same first batch again.
    expect([...lookedUp].sort()).toEqual([...broken, good.caseId].sort());
    expect((await s.events()).map((e) => [e.type, (e.data as { taskId: string }).taskId])).toEqual([['case.task-due', good.id]]);
    // The failed ones stay pending for the next scan.
    lookedUp.length = 0;
    expect(await scanner.scanOnce()).toBe(0);
    expect([...lookedUp].sort()).toEqual([...broken].sort());
  });

  it('scans in the background from start until stop', async () => {
    const s = await taskTestApp();
    await addTask(s, 'tijuana', { dueOn: '2026-11-23' });
    s.feature.scanner.start(3_600_000);
    for (let i = 0; i < 1000 && (await s.events()).length === 0; i += 1) await new Promise((resolve) => setImmediate(resolve));
    await s.feature.scanner.stop();
    expect((await s.events()).map((e) => e.type)).toEqual(['case.task-due']);
  });
});
