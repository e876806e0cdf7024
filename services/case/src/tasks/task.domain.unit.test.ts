import { cancelTask, changeTask, completeTask, newTask, reminderToSend, scheduleOf, type Task } from './task.domain';

const context = { id: 't', tenant: 'tijuana', caseId: 'c', userId: 'ana', now: new Date('2026-11-23T15:00:00.000Z'), timeZone: 'America/Tijuana' };
const aTask = (): Task => newTask('open', { kind: 'hearing', title: 'Audiencia', due: { dueOn: '2026-11-24' }, assignee: null }, context);

describe('a task', () => {
  it("is due from the start of its day and overdue at its end, or at its instant, in the centre's zone", () => {
    expect(scheduleOf({ dueOn: '2026-11-24' }, 'America/Tijuana')).toEqual({
      dueOn: '2026-11-24',
      dueAt: null,
      dueFrom: new Date('2026-11-24T08:00:00.000Z'),
      overdueFrom: new Date('2026-11-25T08:00:00.000Z'),
    });
    // 23:30 in Tijuana is already the next day in Mexico City.
    const late = new Date('2026-11-25T07:30:00.000Z');
    expect(scheduleOf({ dueAt: late }, 'America/Tijuana')).toEqual({ dueOn: '2026-11-24', dueAt: late, dueFrom: late, overdueFrom: late });
    expect(scheduleOf({ dueAt: late }, 'America/Mexico_City').dueOn).toBe('2026-11-25');
  });

  it('cannot be added to a closed case', () => {
    expect(() => newTask('closed', { kind: 'other', title: 'x', due: { dueOn: '2026-11-24' }, assignee: null }, context)).toThrow(
      expect.objectContaining({ code: 'CASE.CLOSED', kind: 'conflict' }),
    );
    expect(newTask('active', { kind: 'other', title: 'x', due: { dueOn: '2026-11-24' }, assignee: null }, context).status).toBe('open');
  });

  it.each([
    ['open', 'complete', 'done'],
    ['open', 'cancel', 'cancelled'],
    ['done', 'complete', null],
    ['done', 'cancel', null],
    ['cancelled', 'complete', null],
    ['cancelled', 'cancel', null],
  ] as const)('from %s, %s leads to %s', (from, action, to) => {
    const task = { ...aTask(), status: from };
    const act = () => (action === 'complete' ? completeTask : cancelTask)(task, { userId: 'luis', now: context.now });
    if (to) expect(act()).toMatchObject({ status: to, reminders: { dueNoticeAt: null, overdueNoticeAt: null } });
    else expect(act).toThrow(expect.objectContaining({ code: 'TASK.INVALID_TRANSITION' }));
  });

  it('is edited only while open, and a new due date arms its reminders again under a new revision', () => {
    const task = aTask();
    const retitled = changeTask(task, { title: 'Audiencia (sala 2)', due: { dueOn: '2026-11-24' } }, { timeZone: 'America/Tijuana' });
    expect(retitled).toMatchObject({ rescheduled: false, task: { title: 'Audiencia (sala 2)', reminders: task.reminders } });
    const moved = changeTask({ ...task, reminders: { ...task.reminders, dueNoticeAt: null } }, { due: { dueOn: '2026-11-30' } }, { timeZone: 'America/Tijuana' });
    expect(moved.rescheduled).toBe(true);
    expect(moved.task.reminders).toEqual({ revision: 2, dueNoticeAt: new Date('2026-11-30T08:00:00.000Z'), overdueNoticeAt: new Date('2026-12-01T08:00:00.000Z') });
    expect(() => changeTask({ ...task, status: 'done' }, { title: 'x' }, { timeZone: 'UTC' })).toThrow(expect.objectContaining({ code: 'TASK.INVALID_TRANSITION' }));
  });

  it('sends the due reminder from the start of its day, then the overdue one; only the overdue one when found late', () => {
    const task = aTask();
    expect(reminderToSend(task, new Date('2026-11-24T07:59:59.000Z'))).toBeNull();
    expect(reminderToSend(task, new Date('2026-11-24T08:00:00.000Z'))).toBe('due');
    expect(reminderToSend(task, new Date('2026-11-25T08:00:00.000Z'))).toBe('overdue');
    expect(reminderToSend({ ...task, reminders: { ...task.reminders, overdueNoticeAt: null } }, new Date('2026-11-25T08:00:00.000Z'))).toBe('due');
    expect(reminderToSend({ ...task, status: 'done' }, new Date('2026-11-25T08:00:00.000Z'))).toBeNull();
  });
});
