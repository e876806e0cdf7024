import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { Badge } from '../ui/badge';
import { Field } from '../ui/field';
import { Loading } from '../ui/query-state';
import type { Case, NewTask, Task } from './case-api.types';
import { isStale } from './case-errors';
import { TASK_KIND_LABEL, TASK_STATUS_LABEL } from './case-labels';
import { caseKeys, useCaseChanged, usePagedList } from './case-queries';
import { CaseError, CaseSection, Disclosure, Done, FormProblems, LoadMore, useAssignableStaff, useFieldErrors, useStaffName, useDone, type ShowDone } from './case-ui';
import type { FormErrors } from './form-rules';
import { emptyTaskDraft, sortTasks, TASK_KINDS, taskBody, type TaskDraft } from './task-form';

export function TasksSection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const [done, setDone] = useDone();
  const list = usePagedList(caseKeys.tasks(kase.id), (cursor) => unwrap(api.case.GET('/cases/{id}/tasks', { params: { path: { id: kase.id }, query: cursor ? { cursor } : {} } })));
  return (
    <CaseSection id="tasks" title={t('tasks.title')}>
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' ? list.items.length === 0 ? <p>{t('tasks.none')}</p> : <TaskTable kase={kase} tasks={sortTasks(list.items)} onDone={setDone} /> : null}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
      <Done {...done} />
      {kase.status !== 'closed' && can('case', 'POST /cases/:id/tasks') ? <NewTaskForm kase={kase} onDone={setDone} /> : null}
    </CaseSection>
  );
}

function TaskTable({ kase, tasks, onDone }: { kase: Case; tasks: readonly Task[]; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const staffName = useStaffName();
  const changed = useCaseChanged(kase.id);
  const settle = useMutation({
    mutationFn: ({ task, outcome }: { task: Task; outcome: 'complete' | 'cancel' }) =>
      outcome === 'complete'
        ? unwrap(api.case.POST('/tasks/{taskId}/complete', { params: { path: { taskId: task.id } }, body: { expectedVersion: task.version } }))
        : unwrap(api.case.POST('/tasks/{taskId}/cancel', { params: { path: { taskId: task.id } }, body: { expectedVersion: task.version } })),
    onSuccess: async (task, { outcome }) => {
      onDone(outcome === 'complete' ? t('tasks.completed', { title: task.title }) : t('tasks.cancelled', { title: task.title }), { focus: true });
      await changed(caseKeys.tasks(kase.id));
    },
    onError: async (error) => {
      if (isStale(error)) await changed(caseKeys.tasks(kase.id));
    },
  });
  const mayComplete = can('case', 'POST /tasks/:taskId/complete');
  const mayCancel = can('case', 'POST /tasks/:taskId/cancel');
  const workable = kase.status !== 'closed';
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>{t('tasks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tasks.column.task')}</th>
              <th scope="col">{t('tasks.column.due')}</th>
              <th scope="col">{t('tasks.column.assignee')}</th>
              <th scope="col">{t('tasks.column.status')}</th>
              {workable && (mayComplete || mayCancel) ? <th scope="col">{t('tasks.column.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} className={task.overdue ? 'overdue' : undefined}>
                <th scope="row">
                  {task.title}
                  <span className="cell-detail">{t(TASK_KIND_LABEL[task.kind])}</span>
                </th>
                <td>{task.dueAt ? format.dateTime(task.dueAt) : format.day(task.dueOn)}</td>
                <td>{staffName(task.assignee)}</td>
                <td>
                  {t(TASK_STATUS_LABEL[task.status])}
                  {task.overdue ? (
                    <>
                      {' '}
                      <Badge tone="danger">{t('tasks.overdue')}</Badge>
                    </>
                  ) : null}
                </td>
                {workable && (mayComplete || mayCancel) ? (
                  <td>
                    {task.status === 'open' ? (
                      <div className="button-row">
                        {mayComplete ? (
                          <button type="button" disabled={settle.isPending} onClick={() => settle.mutate({ task, outcome: 'complete' })}>
                            {t('tasks.complete')}
                            <span className="visually-hidden">{`: ${task.title}`}</span>
                          </button>
                        ) : null}
                        {mayCancel ? (
                          <button type="button" className="secondary" disabled={settle.isPending} onClick={() => settle.mutate({ task, outcome: 'cancel' })}>
                            {t('tasks.cancel')}
                            <span className="visually-hidden">{`: ${task.title}`}</span>
                          </button>
                        ) : null}
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {settle.error ? <CaseError error={settle.error} /> : null}
    </>
  );
}

function NewTaskForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const session = useSession();
  const staff = useAssignableStaff();
  const changed = useCaseChanged(kase.id);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<TaskDraft>(emptyTaskDraft);
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempts, setAttempts] = useState(0);
  const add = useMutation({
    mutationFn: (body: NewTask) => unwrap(api.case.POST('/cases/{id}/tasks', { params: { path: { id: kase.id } }, body })),
    onSuccess: async (task) => {
      setOpen(false);
      setDraft(emptyTaskDraft());
      onDone(t('tasks.added', { title: task.title }));
      await changed(caseKeys.tasks(kase.id));
    },
  });
  const errorOf = useFieldErrors(errors, add.error);
  const set = <K extends keyof TaskDraft>(name: K, value: TaskDraft[K]) => setDraft((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const result = taskBody(draft, { userId: session.user.id, timeZone: format.timeZone });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) add.mutate(result.body);
  };
  return (
    <Disclosure label={t('tasks.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('tasks.formLabel')}>
        <FormProblems count={Object.keys(errors).length} focusKey={attempts} />
        <Field label={t('tasks.kind')} required error={errorOf('kind')}>
          {(props) => (
            <select {...props} value={draft.kind} onChange={(event) => set('kind', event.target.value as TaskDraft['kind'])}>
              <option value="">{t('form.choose')}</option>
              {TASK_KINDS.map((code) => (
                <option key={code} value={code}>
                  {t(TASK_KIND_LABEL[code])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.titleLabel')} required error={errorOf('title')} hint={t('tasks.titleHint')}>
          {(props) => <input {...props} value={draft.title} maxLength={200} onChange={(event) => set('title', event.target.value)} />}
        </Field>
        <Field label={t('tasks.dueOn')} required error={errorOf('due')}>
          {(props) => <input {...props} type="date" value={draft.dueOn} onChange={(event) => set('dueOn', event.target.value)} />}
        </Field>
        <Field label={t('tasks.dueTime')} error={errorOf('dueTime')} hint={t('tasks.dueTimeHint', { zone: format.timeZone })}>
          {(props) => <input {...props} type="time" value={draft.dueTime} onChange={(event) => set('dueTime', event.target.value)} />}
        </Field>
        <Field label={t('tasks.assignee')} error={errorOf('assignee')}>
          {(props) => (
            <select {...props} value={draft.assignee} onChange={(event) => set('assignee', event.target.value)}>
              <option value="me">{t('tasks.forMe')}</option>
              <option value="none">{t('tasks.forCentre')}</option>
              {staff
                .filter((member) => member.id !== session.user.id)
                .map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        {add.error ? <CaseError error={add.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={add.isPending}>
            {t('tasks.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
