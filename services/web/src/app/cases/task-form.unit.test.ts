import type { Task } from './case-api.types';
import { emptyTaskDraft, sortTasks, taskBody } from './task-form';
import { zonedDayAndTime, zonedInstant } from './zoned-time';

const context = { userId: 'ana', timeZone: 'America/Tijuana' };

describe('adding a task', () => {
  it('sends a task due on a day, for the person adding it', () => {
    expect(taskBody({ ...emptyTaskDraft(), kind: 'call-back', title: ' Call about the card ', dueOn: '2026-12-01' }, context)).toEqual({
      ok: true,
      body: { kind: 'call-back', title: 'Call about the card', due: { dueOn: '2026-12-01' }, assignee: 'ana' },
    });
  });

  it("sends a timed task as the instant of that time at the centre, for the centre's staff", () => {
    expect(taskBody({ kind: 'hearing', title: 'Hearing', dueOn: '2026-12-01', dueTime: '10:00', assignee: 'none' }, context)).toEqual({
      ok: true,
      body: { kind: 'hearing', title: 'Hearing', due: { dueAt: '2026-12-01T18:00:00.000Z' }, assignee: null },
    });
  });

  it('names what is missing', () => {
    expect(taskBody(emptyTaskDraft(), context)).toEqual({ ok: false, errors: { kind: { key: 'error.required' }, title: { key: 'error.required' }, due: { key: 'error.required' } } });
    expect(taskBody({ ...emptyTaskDraft(), kind: 'other', title: 'x', dueOn: '2026-02-30' }, context)).toEqual({ ok: false, errors: { due: { key: 'error.day' } } });
  });
});

describe('wall-clock times at the centre', () => {
  it('turns a time at the centre into an instant, daylight saving included', () => {
    expect(zonedInstant('2026-07-01', '10:00', 'America/Tijuana')).toBe('2026-07-01T17:00:00.000Z');
    expect(zonedInstant('2026-01-15', '10:00', 'America/Tijuana')).toBe('2026-01-15T18:00:00.000Z');
    expect(zonedInstant('2026-01-15', '23:30', 'America/Mexico_City')).toBe('2026-01-16T05:30:00.000Z');
    expect(zonedInstant('2026-01-15', '25:00', 'America/Mexico_City')).toBeNull();
  });

  it('reads an instant back as the day and time at the centre', () => {
    expect(zonedDayAndTime('2026-01-16T05:30:00.000Z', 'America/Mexico_City')).toEqual({ day: '2026-01-15', time: '23:30' });
  });
});

describe('the order of a case tasks', () => {
  const task = (id: string, status: Task['status'], dueOn: string, settledAt: string | null = null): Task => ({
    id,
    status,
    dueOn,
    dueAt: null,
    caseId: 'c',
    kind: 'other',
    title: id,
    assignee: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    createdBy: 'ana',
    completedAt: status === 'done' ? settledAt : null,
    completedBy: null,
    cancelledAt: status === 'cancelled' ? settledAt : null,
    cancelledBy: null,
    overdue: false,
    version: 1,
  });

  it('puts open tasks first, soonest due first, then the settled ones, latest first', () => {
    const sorted = sortTasks([
      task('done-early', 'done', '2026-11-02', '2026-11-02T10:00:00.000Z'),
      task('open-late', 'open', '2026-12-10'),
      task('cancelled-late', 'cancelled', '2026-11-03', '2026-11-05T10:00:00.000Z'),
      task('open-soon', 'open', '2026-11-25'),
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['open-soon', 'open-late', 'cancelled-late', 'done-early']);
  });
});
