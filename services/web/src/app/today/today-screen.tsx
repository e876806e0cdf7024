import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useCan } from '../session/session';
import { Page } from '../ui/page';
import { TodayCases } from './today-cases';
import { TodayNotifications } from './today-notifications';
import { TodayTasks } from './today-tasks';
import './today.css';

/** A member of staff's day at a glance: my tasks due and overdue, new and high-priority cases, unread notifications. */
export function TodayScreen() {
  const { t } = useTranslation('today');
  const can = useCan();
  const format = useFormat();
  const [now] = useState(() => new Date());
  return (
    <Page title={t('title')}>
      <p className="lede">{format.fullDate(now)}</p>
      <div className="today-grid">
        {can('case', 'GET /tasks') ? <TodayTasks /> : null}
        {can('case', 'GET /cases') ? <TodayCases /> : null}
        {can('notification', 'GET /notifications') ? <TodayNotifications /> : null}
      </div>
    </Page>
  );
}
