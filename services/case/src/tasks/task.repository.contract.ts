import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { NotFoundError, VersionConflictError } from '@corredor/persistence';
import { completeTask, newTask, changeTask, type Task, type TaskDue } from './task.domain';
import { rankOf, type CaseTaskPosition, type TaskRepository, type TaskSkeleton } from './task.repository';

export interface TaskRepositoryFixture {
  tasks: TaskRepository;
  outbox: OutboxStore;
}

let n = 0;
const uuid = (prefix: string, value: number) => `${prefix}-0000-4000-8000-${value.toString(16).padStart(12, '0')}`;
const TZ = 'America/Tijuana';

export function aTask(overrides: { tenant?: string; caseId?: string; due?: TaskDue; assignee?: string | null; createdAt?: Date } = {}): Task {
  n += 1;
  return newTask(
    'open',
    { kind: 'hearing', title: 'Audiencia de conciliación', due: overrides.due ?? { dueOn: '2026-11-24' }, assignee: overrides.assignee === undefined ? 'ana' : overrides.assignee },
    {
      id: uuid('00000000', n),
      tenant: overrides.tenant ?? 'tijuana',
      caseId: overrides.caseId ?? uuid('11111111', 1),
      userId: 'luis',
      now: overrides.createdAt ?? new Date(Date.UTC(2026, 10, 20, 16, n % 60)),
      timeZone: TZ,
    },
  );
}

const record = (id: string): OutboxRecord => ({
  id,
  tenant: 'tijuana',
  topic: 'corredor.case.events',
  key: id,
  value: '{}',
  headers: {},
  position: Date.now() * 1000 + (n += 1),
  createdAt: new Date(),
});
let e = 0;
const eventId = () => uuid('eeeeeeee', (e += 1));

/** The behaviour every TaskRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeTaskRepositoryContract(name: string, setup: () => Promise<TaskRepositoryFixture>): void {
  describe(`${name} task repository`, () => {
    let f: TaskRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('keeps what it stores and finds a task only within its centre', async () => {
      const task = aTask({ due: { dueAt: new Date('2026-11-24T17:30:00.000Z') } });
      await f.tasks.add(task);
      expect(await f.tasks.findById('tijuana', task.id)).toEqual(task);
      expect(await f.tasks.findById('tapachula', task.id)).toBeNull();
    });

    it('applies a change at the expected version, refuses a stale one, and knows a missing task', async () => {
      const task = aTask();
      await f.tasks.add(task);
      await f.tasks.update({ ...task, title: 'Llamar de vuelta' }, 1, { reminders: 'keep' });
      expect(await f.tasks.findById('tijuana', task.id)).toMatchObject({ title: 'Llamar de vuelta', version: 2 });
      await expect(f.tasks.update({ ...task, title: 'Otra' }, 1, { reminders: 'keep' })).rejects.toBeInstanceOf(VersionConflictError);
      await expect(f.tasks.update({ ...task, tenant: 'tapachula' }, 2, { reminders: 'keep' })).rejects.toBeInstanceOf(NotFoundError);
      expect(await f.tasks.findById('tijuana', task.id)).toMatchObject({ title: 'Llamar de vuelta', version: 2 });
    });

    it("does not undo the scan's claim when an edit made from an earlier read keeps the reminders", async () => {
      const task = aTask();
      await f.tasks.add(task);
      expect(await f.tasks.claimReminder({ tenant: 'tijuana', id: task.id, reminder: 'due', revision: 1 }, [record(eventId())])).toBe(true);
      await f.tasks.update({ ...task, title: 'Audiencia (sala 2)' }, 1, { reminders: 'keep' });
      expect((await f.tasks.findById('tijuana', task.id))?.reminders).toEqual({ ...task.reminders, dueNoticeAt: null });
      const { task: moved } = changeTask({ ...task, version: 2 }, { due: { dueOn: '2026-11-30' } }, { timeZone: TZ });
      await f.tasks.update(moved, 2, { reminders: 'replace' });
      expect((await f.tasks.findById('tijuana', task.id))?.reminders).toEqual(moved.reminders);
    });

    it("lists a case's tasks open first, by due time, a page at a time, only at the case's centre", async () => {
      const caseId = uuid('22222222', 1);
      const later = aTask({ caseId, due: { dueOn: '2026-12-01' } });
      const sooner = aTask({ caseId, due: { dueAt: new Date('2026-11-24T18:00:00.000Z') } });
      const done = completeTask(aTask({ caseId, due: { dueOn: '2026-11-21' } }), { userId: 'ana', now: new Date() });
      const sameDay = aTask({ caseId, due: { dueOn: '2026-11-24' } });
      // Due at the same instant as sameDay: a page ends between the two, and the id settles their order.
      const tied = aTask({ caseId, due: { dueOn: '2026-11-24' } });
      for (const task of [later, sooner, done, tied, sameDay, aTask({ caseId, tenant: 'tapachula' }), aTask()]) await f.tasks.add(task);
      const all = await f.tasks.listForCase('tijuana', caseId, { after: null, limit: 10 });
      expect(all.map((t) => t.id)).toEqual([sameDay.id, tied.id, sooner.id, later.id, done.id]);
      const paged: string[] = [];
      let after: CaseTaskPosition | null = null;
      for (let page = 0; page < 10; page += 1) {
        const [item]: Task[] = await f.tasks.listForCase('tijuana', caseId, { after, limit: 1 });
        if (!item) break;
        paged.push(item.id);
        after = [rankOf(item.status), item.dueFrom, item.id];
      }
      expect(paged).toEqual(all.map((t) => t.id));
    });

    it("lists the centre's tasks by assignee, status, overdue and due day", async () => {
      const mine = aTask({ assignee: 'ana', due: { dueOn: '2026-11-23' } });
      const theirs = aTask({ assignee: 'rosa', due: { dueOn: '2026-11-25' } });
      const nobodys = aTask({ assignee: null, due: { dueOn: '2026-12-10' } });
      const done = completeTask(aTask({ assignee: 'ana', due: { dueOn: '2026-11-20' } }), { userId: 'ana', now: new Date() });
      for (const task of [mine, theirs, nobodys, done, aTask({ tenant: 'tapachula', assignee: 'ana' })]) await f.tasks.add(task);
      const ids = async (query: Parameters<TaskRepository['listForCentre']>[1]) => (await f.tasks.listForCentre('tijuana', query, { after: null, limit: 10 })).map((t) => t.id);
      expect(await ids({ status: 'open' })).toEqual([mine.id, theirs.id, nobodys.id]);
      expect(await ids({ assignee: 'ana' })).toEqual([done.id, mine.id]);
      expect(await ids({ assignee: null })).toEqual([nobodys.id]);
      expect(await ids({ overdueAt: new Date('2026-11-24T09:00:00.000Z') })).toEqual([mine.id]);
      expect(await ids({ status: 'open', dueOn: { from: '2026-11-23', to: '2026-11-29' } })).toEqual([mine.id, theirs.id]);
      const page = await f.tasks.listForCentre('tijuana', { status: 'open' }, { after: [mine.dueFrom, mine.id], limit: 1 });
      expect(page.map((t) => t.id)).toEqual([theirs.id]);
      const twin = aTask({ assignee: 'ana', due: { dueOn: '2026-11-23' } });
      await f.tasks.add(twin);
      const afterMine = await f.tasks.listForCentre('tijuana', { status: 'open' }, { after: [mine.dueFrom, mine.id], limit: 1 });
      expect(afterMine.map((t) => t.id)).toEqual([twin.id]);
    });

    it('finds the reminders due and lets one claim announce each, with its event, once', async () => {
      const task = aTask({ due: { dueOn: '2026-11-24' } });
      await f.tasks.add(task);
      await f.tasks.add(aTask({ due: { dueOn: '2026-11-30' } }));
      expect(await f.tasks.withRemindersDue(new Date('2026-11-24T07:00:00.000Z'), { after: null, limit: 10 })).toEqual([]);
      expect((await f.tasks.withRemindersDue(new Date('2026-11-24T08:00:00.000Z'), { after: null, limit: 10 })).map((t) => t.id)).toEqual([task.id]);
      const claim = { tenant: 'tijuana', id: task.id, reminder: 'due' as const, revision: 1 };
      expect(await f.tasks.claimReminder({ ...claim, tenant: 'tapachula' }, [record(eventId())])).toBe(false);
      expect(await f.tasks.claimReminder({ ...claim, revision: 2 }, [record(eventId())])).toBe(false);
      expect(await f.tasks.claimReminder(claim, [record(eventId())])).toBe(true);
      expect(await f.tasks.claimReminder(claim, [record(eventId())])).toBe(false);
      expect(await f.outbox.countPending()).toBe(1);
      expect(await f.tasks.withRemindersDue(new Date('2026-11-24T08:00:00.000Z'), { after: null, limit: 10 })).toEqual([]);
      expect((await f.tasks.withRemindersDue(new Date('2026-11-25T08:00:00.000Z'), { after: null, limit: 10 })).map((t) => t.id)).toEqual([task.id]);
      expect(await f.tasks.claimReminder({ ...claim, reminder: 'overdue' }, [record(eventId())])).toBe(true);
      expect((await f.tasks.withRemindersDue(new Date('2027-01-01T00:00:00.000Z'), { after: null, limit: 10 })).map((t) => t.id)).not.toContain(task.id);
    });

    it('pages the tasks with reminders due by id, after the last one seen', async () => {
      const due = [aTask(), aTask(), aTask(), aTask(), aTask()];
      for (const task of [...due].reverse()) await f.tasks.add(task);
      const now = new Date('2026-11-24T08:00:00.000Z');
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const found: TaskSkeleton[] = await f.tasks.withRemindersDue(now, { after, limit: 2 });
        seen.push(...found.map((task) => task.id));
        after = found.at(-1)?.id ?? null;
        if (found.length < 2) break;
      }
      expect(seen).toEqual(due.map((task) => task.id).sort());
    });

    it('lets exactly one of many simultaneous claims through', async () => {
      const task = aTask();
      await f.tasks.add(task);
      const claims = await Promise.all(
        Array.from({ length: 8 }, () => f.tasks.claimReminder({ tenant: 'tijuana', id: task.id, reminder: 'due', revision: 1 }, [record(eventId())])),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('an overdue claim also settles the due reminder, and a done task is not announced', async () => {
      const late = aTask();
      const done = completeTask(aTask(), { userId: 'ana', now: new Date() });
      await f.tasks.add(late);
      await f.tasks.add(done);
      expect(await f.tasks.claimReminder({ tenant: 'tijuana', id: done.id, reminder: 'due', revision: 1 }, [record(eventId())])).toBe(false);
      expect(await f.tasks.claimReminder({ tenant: 'tijuana', id: late.id, reminder: 'overdue', revision: 1 }, [record(eventId())])).toBe(true);
      expect(await f.tasks.claimReminder({ tenant: 'tijuana', id: late.id, reminder: 'due', revision: 1 }, [record(eventId())])).toBe(false);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('rolls the claim back when its event cannot be written, so the reminder is still pending', async () => {
      const task = aTask();
      await f.tasks.add(task);
      const other = aTask();
      await f.tasks.add(other);
      const taken = eventId();
      expect(await f.tasks.claimReminder({ tenant: 'tijuana', id: other.id, reminder: 'due', revision: 1 }, [record(taken)])).toBe(true);
      // The task's update succeeds, then the outbox refuses an event id it already holds.
      await expect(f.tasks.claimReminder({ tenant: 'tijuana', id: task.id, reminder: 'due', revision: 1 }, [record(taken)])).rejects.toThrow();
      expect((await f.tasks.findById('tijuana', task.id))?.reminders.dueNoticeAt).toEqual(task.reminders.dueNoticeAt);
      expect(await f.outbox.countPending()).toBe(1);
      expect(await f.tasks.claimReminder({ tenant: 'tijuana', id: task.id, reminder: 'due', revision: 1 }, [record(eventId())])).toBe(true);
    });

    it("gives a case's timeline its tasks newest first, before a position", async () => {
      const caseId = uuid('33333333', 1);
      const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 16, minute));
      const a = aTask({ caseId, createdAt: at(1) });
      const b = aTask({ caseId, createdAt: at(2) });
      const c = aTask({ caseId, createdAt: at(2) });
      for (const task of [a, b, c, aTask({ caseId, tenant: 'tapachula', createdAt: at(3) })]) await f.tasks.add(task);
      await f.tasks.update(completeTask(a, { userId: 'ana', now: at(5) }), 1, { reminders: 'replace' });
      const created = await f.tasks.forTimeline('tijuana', caseId, 'createdAt', null, 10);
      expect(created.map((t) => t.id)).toEqual([c.id, b.id, a.id]);
      expect((await f.tasks.forTimeline('tijuana', caseId, 'createdAt', { at: at(2), idAtMost: b.id }, 10)).map((t) => t.id)).toEqual([b.id, a.id]);
      expect((await f.tasks.forTimeline('tijuana', caseId, 'completedAt', null, 10)).map((t) => t.id)).toEqual([a.id]);
      expect(await f.tasks.forTimeline('tijuana', caseId, 'cancelledAt', null, 10)).toEqual([]);
    });

    it('names the cases with an open task due before a time, soonest first, within the centre', async () => {
      const [soon, later, none] = [uuid('44444444', 1), uuid('44444444', 2), uuid('44444444', 3)];
      await f.tasks.add(aTask({ caseId: later, due: { dueOn: '2026-11-26' } }));
      await f.tasks.add(aTask({ caseId: soon, due: { dueOn: '2026-11-24' } }));
      await f.tasks.add(aTask({ caseId: soon, due: { dueOn: '2026-11-25' } }));
      await f.tasks.add(aTask({ caseId: none, due: { dueOn: '2026-12-24' } }));
      await f.tasks.add(completeTask(aTask({ caseId: none, due: { dueOn: '2026-11-20' } }), { userId: 'ana', now: new Date() }));
      await f.tasks.add(aTask({ tenant: 'tapachula', caseId: uuid('44444444', 4), due: { dueOn: '2026-11-20' } }));
      const before = new Date('2026-11-30T08:00:00.000Z');
      expect(await f.tasks.caseIdsWithOpenTasksDueBefore('tijuana', before, 10)).toEqual([soon, later]);
      expect(await f.tasks.caseIdsWithOpenTasksDueBefore('tijuana', before, 1)).toEqual([soon]);
    });
  });
}
