import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format';
import { Badge } from '../ui/badge';
import { itemsOf } from '../ui/cursor-paging';
import { dueTodayOnly, type Task } from './today-lists';
import { TodayList } from './today-list';
import { myTasks } from './today.queries';

const KINDS = {
  hearing: 'tasks.kind.hearing',
  'card-renewal': 'tasks.kind.card-renewal',
  'signing-appointment': 'tasks.kind.signing-appointment',
  'call-back': 'tasks.kind.call-back',
  document: 'tasks.kind.document',
  other: 'tasks.kind.other',
} as const satisfies Record<Task['kind'], string>;

/** My open tasks: what is overdue, then what is due today. Each leads to its case. */
export function TodayTasks() {
  const { t } = useTranslation('today');
  const headingId = useId();
  const overdue = useInfiniteQuery(myTasks('overdue'));
  const dueToday = useInfiniteQuery(myTasks('today'));
  const overdueItems = itemsOf(overdue.data);
  const todayItems = dueTodayOnly(itemsOf(dueToday.data), overdueItems);
  return (
    <section className="card today-tasks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tasks.title')}</h2>
      <h3>{t('tasks.overdue')}</h3>
      <TodayList query={overdue} items={overdueItems} label={t('tasks.overdue')} empty={t('tasks.overdueEmpty')}>
        {(task) => <TaskItem task={task} />}
      </TodayList>
      <h3>{t('tasks.dueToday')}</h3>
      <TodayList query={dueToday} items={todayItems} label={t('tasks.dueToday')} empty={t('tasks.dueTodayEmpty')}>
        {(task) => <TaskItem task={task} />}
      </TodayList>
    </section>
  );
}

function TaskItem({ task }: { task: Task }) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const today = task.dueOn === format.today();
  let due: string;
  if (task.dueAt) due = today ? t('tasks.dueTodayAt', { time: format.time(task.dueAt) }) : t('tasks.dueAt', { time: format.dateTime(task.dueAt) });
  else due = today ? t('tasks.dueTodayAllDay') : t('tasks.dueOn', { day: format.day(task.dueOn) });
  return (
    <>
      <Link className="item-title" to={`/cases/${task.caseId}`}>
        {task.title}
      </Link>
      <span className="item-meta">
        {t(KINDS[task.kind])} · {due}
      </span>
      {task.overdue ? <Badge tone="danger">{t('tasks.overdueBadge')}</Badge> : null}
    </>
  );
}
