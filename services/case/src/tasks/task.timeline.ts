import { casePolicy } from '../case-policy';
import type { TimelineEntry, TimelineSource } from '../timeline/timeline-source';
import type { Task } from './task.domain';
import type { TaskRepository, TaskTimelineField } from './task.repository';

const MOMENTS: ReadonlyArray<{ field: TaskTimelineField; event: 'created' | 'done' | 'cancelled'; by: (task: Task) => string | null }> = [
  { field: 'createdAt', event: 'created', by: (task) => task.createdBy },
  { field: 'completedAt', event: 'done', by: (task) => task.completedBy },
  { field: 'cancelledAt', event: 'cancelled', by: (task) => task.cancelledBy },
];

const PREFIX = 'task:';

/**
 * Which tasks can have entries that sort before a position holding `id` at the same instant:
 * entry ids are `task:<task id>:<moment>`, so up to that task for a task position, all of them or
 * none for another source's entry (entry ids compare as strings).
 */
function taskIdAtMost(positionId: string): string {
  if (positionId.startsWith(PREFIX)) return positionId.slice(PREFIX.length, PREFIX.length + 36);
  return positionId > PREFIX ? '\uffff' : '';
}

const isBefore = (entry: TimelineEntry, position: readonly [Date, string]) =>
  entry.at.getTime() < position[0].getTime() || (entry.at.getTime() === position[0].getTime() && entry.id < position[1]);

const newestFirst = (a: TimelineEntry, b: TimelineEntry) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** A case's task entries for its timeline: each task created, done or cancelled. */
export function taskTimeline(deps: { tasks: TaskRepository }): TimelineSource {
  return {
    async entries({ tenant, caseId, before, limit, viewer }) {
      if (!casePolicy.allows(viewer.roles, 'task.read')) return [];
      const bound = before ? { at: before[0], idAtMost: taskIdAtMost(before[1]) } : null;
      const entries: TimelineEntry[] = [];
      for (const moment of MOMENTS) {
        // One more than asked: a task's own two entries may share an instant with the position.
        for (const task of await deps.tasks.forTimeline(tenant, caseId, moment.field, bound, limit + 1)) {
          const at = task[moment.field];
          if (!at) continue;
          entries.push({
            id: `${PREFIX}${task.id}:${moment.event}`,
            kind: 'task',
            at,
            by: moment.by(task),
            detail: { event: moment.event, taskId: task.id, kind: task.kind, title: task.title, dueOn: task.dueOn, dueAt: task.dueAt?.toISOString() ?? null, assignee: task.assignee },
          });
        }
      }
      return entries
        .filter((entry) => !before || isBefore(entry, before))
        .sort(newestFirst)
        .slice(0, limit);
    },
  };
}
