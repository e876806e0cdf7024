import { caseLink, dueTodayOnly, notHighPriority, type Case, type Task } from './today-lists';

const task = (id: string, overdue: boolean): Task => ({
  id,
  caseId: '5b0e8a8e-0000-4000-8000-000000000001',
  kind: 'hearing',
  title: 'Audiencia',
  dueOn: '2026-11-24',
  dueAt: overdue ? '2026-11-24T15:00:00Z' : null,
  overdue,
  assignee: 'staff-1',
  status: 'open',
  createdBy: 'staff-1',
  createdAt: '2026-11-20T15:00:00Z',
  completedBy: null,
  completedAt: null,
  cancelledBy: null,
  cancelledAt: null,
  version: 1,
});

describe("Today's lists", () => {
  it('lists a task due today and already overdue once, as overdue', () => {
    const morning = task('morning', true);
    const evening = task('evening', false);
    expect(dueTodayOnly([morning, evening], [morning]).map((item) => item.id)).toEqual(['evening']);
  });

  it('keeps an overdue task out of "due today" even before the overdue list has loaded it', () => {
    expect(dueTodayOnly([task('morning', true)], []).map((item) => item.id)).toEqual([]);
  });

  it('leaves the high-priority cases to their own list', () => {
    const kase = (id: string, priority: Case['priority']) => ({ id, priority }) as Case;
    expect(notHighPriority([kase('a', 'high'), kase('b', 'medium'), kase('c', 'normal')]).map((item) => item.id)).toEqual(['b', 'c']);
  });

  it('leads a notification to its case, and a transfer request nowhere', () => {
    expect(caseLink('5b0e8a8e-0000-4000-8000-000000000001')).toBe('/cases/5b0e8a8e-0000-4000-8000-000000000001');
    expect(caseLink(null)).toBeNull();
  });
});
