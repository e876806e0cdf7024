import { openText, sealText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import { rankOf, type TaskSkeleton } from './task.repository';
import type { Task } from './task.domain';

/**
 * A task as both adapters store it. Sealed: the title (`tasks.title`), free text that may name the
 * person. In clear, for the lists' filters and order, the due scan and the timeline: ids, tenant,
 * kind code, due day and instants, assignee and staff ids, status and its rank, reminder state,
 * dates, version.
 */
export type StoredTask = Omit<Task, 'title'> & { title: string; rank: number };

export const TASK_TITLE = 'tasks.title';

export function taskCodec(keys: FieldSealer): RecordCodec<Task, StoredTask> & { skeleton(doc: StoredTask): TaskSkeleton } {
  return {
    encode: (task) => ({ ...task, title: sealText(keys, task.tenant, TASK_TITLE, task.title), rank: rankOf(task.status) }),
    decode: ({ rank: _rank, ...doc }) => ({ ...doc, title: openText(keys, doc.tenant, TASK_TITLE, doc.title) }),
    skeleton: ({ rank: _rank, title: _title, ...doc }) => doc,
  };
}
