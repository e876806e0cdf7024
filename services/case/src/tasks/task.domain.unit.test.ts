import { addDays, dayIn, endOfDay, startOfDay } from './calendar-day.domain';
import { cancelTask, changeTask, completeTask, newTask, reminderToSend, scheduleOf, type Task } from './task.domain';

describe('days in a centre time zone', () => {
  it.each([
    ['2026-11-24', 'America/Tijuana', '2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z'],
    ['2026-11-24', 'America/Mexico_City', '2026-11-24T06:00:00.000Z', '2026-11-25T06:00:00.000Z'],
    // Tijuana: clocks forward on 14 March 2027 (a 23-hour day), back on 1 November 2026 (25 hours).
    ['2027-03-14', 'America/Tijuana', '2027-03-14T08:00:00.000Z', '2027-03-15T07:00:00.000Z'],
    ['2026-11-01', 'America/Tijuana', '2026-11-01T07:00:00.000Z', '2026-11-02T08:00:00.000Z'],
    // Mexico City has kept standard time all year since 2022.
    ['2027-04-04', 'America/Mexico_City', '2027-04-04T06:00:00.000Z', '2027-04-05T06:00:00.000Z'],
    // Where the clocks jump at midnight the day starts at 01:00.
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z'],
  ])('%s in %s runs from %s to %s', (day, zone, start, end) => {
    expect(startOfDay(day, zone).toISOString()).toBe(start);
    expect(endOfDay(day, zone).toISOString()).toBe(end);
    expect(dayIn(new Date(start), zone)).toBe(day);
    expect(dayIn(new Date(new Date(end).getTime() - 1), zone)).toBe(day);
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-29', 6)).toBe('2027-01-04');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

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
