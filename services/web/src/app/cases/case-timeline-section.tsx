import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { Loading } from '../ui/query-state';
import { caseKeys, usePagedList } from './case-queries';
import { CaseError, CaseSection, LoadMore, useStaffName } from './case-ui';
import { timelineItems, type TimelineItem, type TimelineValue } from './timeline';

/** The case's history, newest first, as the API answers it for this viewer (restricted notes included only for whom they are meant). */
export function TimelineSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const list = useTimeline(caseId);
  return (
    <CaseSection id="timeline" title={t('timeline.title')}>
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' && list.entries.length === 0 ? <p>{t('timeline.none')}</p> : null}
      {list.entries.length > 0 ? (
        <ol className="timeline">
          {list.entries.map((item) => (
            <TimelineRow key={item.id} item={item} />
          ))}
        </ol>
      ) : null}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('timeline.loadMore')} />
    </CaseSection>
  );
}

function useTimeline(caseId: string) {
  const list = usePagedList(caseKeys.timeline(caseId), (cursor) => unwrap(api.case.GET('/cases/{id}/timeline', { params: { path: { id: caseId }, query: cursor ? { cursor } : {} } })));
  return { ...list, entries: timelineItems(list.data?.pages ?? []) };
}

function TimelineRow({ item }: { item: TimelineItem }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const staffName = useStaffName();
  const value = (input: TimelineValue): string => {
    if ('text' in input) return input.text;
    if ('label' in input) return t(input.label);
    if ('day' in input) return format.day(input.day);
    if ('staff' in input) return staffName(input.staff);
    return format.list(
      input.amounts.map((amount) =>
        amount.amount === null ? t('timeline.amountCleared', { amount: t(amount.label) }) : t('timeline.amountSet', { amount: t(amount.label), value: format.money(amount.amount, input.currency) }),
      ),
    );
  };
  const values = Object.fromEntries(Object.entries(item.values).map(([name, input]) => [name, value(input)]));
  return (
    <li className={`timeline-item timeline-${item.kind}`}>
      <p className="timeline-when">
        <time dateTime={item.at}>{format.dateTime(item.at)}</time>
        {item.by ? <span> · {staffName(item.by)}</span> : null}
      </p>
      <p className="timeline-what">{t(item.message, values)}</p>
      {item.excerpt ? (
        <p className="timeline-excerpt note-text">
          {item.excerpt.text}
          {item.excerpt.truncated ? '…' : ''}
        </p>
      ) : null}
    </li>
  );
}
