import type { NewTask, Task, TaskKind } from './case-api.types';
import { codesOf, TASK_KIND_LABEL } from './case-labels';
import { checkChoice, checkDay, checkLine, type FormErrors } from './form-rules';
import { zonedInstant } from './zoned-time';

export interface TaskDraft {
  kind: TaskKind | '';
  title: string;
  dueOn: string;
  /** HH:MM at the centre, or blank for a task due some time that day. */
  dueTime: string;
  /** 'me', 'none' (the centre's, for anyone), or a staff id. */
  assignee: string;
}

export const TASK_KINDS = codesOf(TASK_KIND_LABEL);

export const emptyTaskDraft = (): TaskDraft => ({ kind: '', title: '', dueOn: '', dueTime: '', assignee: 'me' });

/** The POST /cases/:id/tasks body, with the due time as an instant in the centre's zone. */
export function taskBody(draft: TaskDraft, context: { userId: string; timeZone: string }): { ok: true; body: NewTask } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const kind = checkChoice(draft.kind, TASK_KINDS);
  if (kind.error) errors['kind'] = kind.error;
  const title = checkLine(draft.title, { max: 200, required: true });
  if (title.error) errors['title'] = title.error;
  const dueOn = checkDay(draft.dueOn, { required: true });
  if (dueOn.error) errors['due'] = dueOn.error;
  let due: NewTask['due'] | null = dueOn.value === null ? null : { dueOn: dueOn.value };
  if (dueOn.value !== null && draft.dueTime !== '') {
    const dueAt = zonedInstant(dueOn.value, draft.dueTime, context.timeZone);
    if (dueAt === null) errors['dueTime'] = { key: 'error.time' };
    else due = { dueAt };
  }
  if (Object.keys(errors).length > 0 || kind.value === null || title.value === null || due === null) return { ok: false, errors };
  const assignee = draft.assignee === 'me' ? context.userId : draft.assignee === 'none' || draft.assignee === '' ? null : draft.assignee;
  return { ok: true, body: { kind: kind.value, title: title.value, due, assignee } };
}

/** Open tasks first, soonest due first; then the rest, most recent first. */
export function sortTasks(tasks: readonly Task[]): Task[] {
  const dueKey = (task: Task) => task.dueAt ?? `${task.dueOn}T23:59:59.999Z`;
  return [...tasks].sort((a, b) => {
    if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1;
    if (a.status === 'open') return dueKey(a).localeCompare(dueKey(b));
    return (b.completedAt ?? b.cancelledAt ?? b.createdAt).localeCompare(a.completedAt ?? a.cancelledAt ?? a.createdAt);
  });
}
