import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan } from '../session/session';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { Loading } from '../ui/query-state';
import type { Case } from './case-api.types';
import { activeFilterCount, casesQuery, filtersFromSearch, searchFromFilters, withFilter, type CaseFilters } from './case-filters';
import { codesOf, PRIORITY_LABEL, SCREEN_LABEL, SORT_LABEL, STATUS_LABEL, TASK_DUE_LABEL } from './case-labels';
import { caseKeys, usePagedList } from './case-queries';
import { CaseError, LoadMore, useLanguageName, useStaffName } from './case-ui';
import { CaseBadges, aliasOf } from './case-badges';
import { referToPartnerOf, type ReferToPartner } from './refer-to-partner';

export function CaseListScreen() {
  const { t } = useTranslation('cases');
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const list = usePagedList([...caseKeys.list, filters], (cursor) => unwrap(api.case.GET('/cases', { params: { query: casesQuery(filters, cursor) } })));
  const change = (name: keyof CaseFilters, value: string) => setSearch(searchFromFilters(withFilter(filters, name, value)), { replace: true });
  const active = activeFilterCount(filters);
  const referTo = referToPartnerOf(useLocation().state);
  return (
    <div className="cases-area">
      <Page title={t('list.title')} actions={can('case', 'GET /transfers') ? <TransfersLink /> : null}>
        {referTo ? (
          <p role="status" className="refer-to-partner">
            {t('list.referTo', { partner: referTo.partnerName })}
          </p>
        ) : null}
        <form className="case-filters" role="search" aria-label={t('list.filters')} onSubmit={(event) => event.preventDefault()}>
          <Field label={t('filter.status')}>
            {(props) => (
              <select {...props} value={filters.status ?? ''} onChange={(event) => change('status', event.target.value)}>
                <option value="">{t('filter.any')}</option>
                {codesOf(STATUS_LABEL).map((code) => (
                  <option key={code} value={code}>
                    {t(STATUS_LABEL[code])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('filter.priority')}>
            {(props) => (
              <select {...props} value={filters.priority ?? ''} onChange={(event) => change('priority', event.target.value)}>
                <option value="">{t('filter.any')}</option>
                {codesOf(PRIORITY_LABEL).map((code) => (
                  <option key={code} value={code}>
                    {t(PRIORITY_LABEL[code])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('filter.assignee')}>
            {(props) => (
              <select {...props} value={filters.assignee ?? ''} onChange={(event) => change('assignee', event.target.value)}>
                <option value="">{t('filter.anyone')}</option>
                <option value="me">{t('filter.mine')}</option>
                <option value="none">{t('filter.unassigned')}</option>
              </select>
            )}
          </Field>
          <Field label={t('filter.risk')}>
            {(props) => (
              <select {...props} value={filters.risk ?? ''} onChange={(event) => change('risk', event.target.value)}>
                <option value="">{t('filter.any')}</option>
                {codesOf(SCREEN_LABEL).map((code) => (
                  <option key={code} value={code}>
                    {t(SCREEN_LABEL[code])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('filter.taskDue')}>
            {(props) => (
              <select {...props} value={filters.taskDue ?? ''} onChange={(event) => change('taskDue', event.target.value)}>
                <option value="">{t('filter.any')}</option>
                {codesOf(TASK_DUE_LABEL).map((code) => (
                  <option key={code} value={code}>
                    {t(TASK_DUE_LABEL[code])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('filter.sort')}>
            {(props) => (
              <select {...props} value={filters.sort} onChange={(event) => change('sort', event.target.value)}>
                {codesOf(SORT_LABEL).map((code) => (
                  <option key={code} value={code}>
                    {t(SORT_LABEL[code])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {active > 0 ? (
            <div className="case-filters-reset">
              <button type="button" className="secondary" onClick={() => setSearch(searchFromFilters({ sort: filters.sort }), { replace: true })}>
                {t('filter.clear', { count: active })}
              </button>
            </div>
          ) : null}
        </form>

        {list.status === 'pending' ? <Loading /> : null}
        {list.status === 'error' ? <CaseError error={list.error} /> : null}
        {list.status === 'success' ? (
          <>
            <p role="status" className="list-count">
              {list.items.length === 0 ? t('list.none') : list.hasNextPage ? t('list.shownMore', { count: list.items.length }) : t('list.shown', { count: list.items.length })}
            </p>
            {list.items.length > 0 ? <CaseTable cases={list.items} referTo={referTo} /> : null}
            <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
          </>
        ) : null}
      </Page>
    </div>
  );
}

function TransfersLink() {
  const { t } = useTranslation('cases');
  // Only the count of transfers waiting for an answer: the receiving centre knows nothing else of them yet.
  const waiting = useQuery({
    queryKey: [...caseKeys.transfers, 'incoming', 'requested', 'count'],
    queryFn: () => unwrap(api.case.GET('/transfers', { params: { query: { direction: 'incoming', status: 'requested', limit: 100 } } })),
  });
  const count = waiting.data?.items.length ?? 0;
  return (
    <Link className="button secondary" to="/cases/transfers">
      {count > 0 ? t('transfers.linkWaiting', { count }) : t('transfers.link')}
    </Link>
  );
}

function CaseTable({ cases, referTo }: { cases: readonly Case[]; referTo: ReferToPartner | null }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const staffName = useStaffName();
  const languageName = useLanguageName();
  return (
    <div className="table-scroll">
      <table className="case-table">
        <caption>{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.column.case')}</th>
            <th scope="col">{t('list.column.state')}</th>
            <th scope="col">{t('list.column.risk')}</th>
            <th scope="col">{t('list.column.opened')}</th>
            <th scope="col">{t('list.column.assignee')}</th>
            <th scope="col">{t('list.column.languages')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((kase) => (
            <tr key={kase.id}>
              <th scope="row">
                <Link to={`/cases/${kase.id}`} state={referTo ? { referTo } : undefined}>
                  {aliasOf(kase, t)}
                </Link>
              </th>
              <td>
                <CaseBadges kase={kase} />
              </td>
              <td>
                {kase.riskFlags.length === 0
                  ? t('risk.none')
                  : [...new Set(kase.riskFlags.map((flag) => flag.screen))].map((screen) => t(SCREEN_LABEL[screen])).join(', ')}
              </td>
              <td>{format.date(kase.openedAt)}</td>
              <td>{staffName(kase.assignee)}</td>
              <td>{kase.profile.languages.map(languageName).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
