import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format';
import { Badge, PriorityBadge } from '../ui/badge';
import { itemsOf } from '../ui/cursor-paging';
import { notHighPriority, type Case } from './today-lists';
import { TodayList } from './today-list';
import { newCases } from './today.queries';

/** New cases (open, nobody has started on them): the high-priority ones first, in a list of their own. */
export function TodayCases() {
  const { t } = useTranslation('today');
  const headingId = useId();
  const high = useInfiniteQuery(newCases('high'));
  const all = useInfiniteQuery(newCases('any'));
  const highItems = itemsOf(high.data);
  const otherItems = notHighPriority(itemsOf(all.data));
  return (
    <section className="card today-cases" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cases.title')}</h2>
      <h3>{t('cases.high')}</h3>
      <TodayList query={high} items={highItems} label={t('cases.high')} empty={t('cases.highEmpty')}>
        {(kase) => <CaseItem kase={kase} />}
      </TodayList>
      <h3>{t('cases.new')}</h3>
      <TodayList query={all} items={otherItems} label={t('cases.new')} empty={t('cases.newEmpty')}>
        {(kase) => <CaseItem kase={kase} />}
      </TodayList>
    </section>
  );
}

function CaseItem({ kase }: { kase: Case }) {
  const { t } = useTranslation('today');
  const format = useFormat();
  return (
    <>
      <Link className="item-title" to={`/cases/${kase.id}`}>
        {kase.alias}
      </Link>
      <span className="item-meta">{t('cases.opened', { when: format.dateTime(kase.openedAt) })}</span>
      <span className="item-badges">
        <PriorityBadge level={kase.priority} />
        {kase.assignee === null ? <Badge tone="info">{t('cases.unassigned')}</Badge> : null}
      </span>
    </>
  );
}
