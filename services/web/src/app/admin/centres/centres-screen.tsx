import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { useCan, useSession } from '../../session/session';
import { Field } from '../../ui/field';
import { Page } from '../../ui/page';
import { Loading } from '../../ui/query-state';
import { AdminError } from '../shared/admin-error';
import { NotAllowed } from '../shared/not-allowed';
import { CENTRE_STATUS_LABELS } from './centre-labels';
import { CENTRE_STATUSES, centresShown, type CentreStatus } from './centre-status';
import '../admin.css';

export const CENTRES_KEY = ['centre', 'centres'] as const;

/** /centres: an operator's network's centres and their status. */
export function CentresScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('centre', 'GET /centres')) return <NotAllowed title={t('centres.title')} />;
  return <CentresContent />;
}

function CentresContent() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const captionId = useId();
  const [status, setStatus] = useState<CentreStatus | 'all'>('all');
  const centres = useInfiniteQuery({
    queryKey: [...CENTRES_KEY, 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.centre.GET('/centres', { params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const all = centres.data?.pages.flatMap((page) => page.items) ?? [];
  const shown = centresShown(all, status);

  return (
    <Page title={t('centres.title')}>
      <p>{session.user.network ? t('centres.introNetwork', { network: session.user.network }) : t('centres.intro')}</p>
      <section aria-labelledby="centres-list" className="admin-section">
        <h2 id="centres-list">{t('centres.list', { count: all.length })}</h2>
        <div className="admin-filters">
          <Field label={t('centres.filter')}>
            {(control) => (
              <select {...control} value={status} onChange={(event) => setStatus(event.target.value as CentreStatus | 'all')}>
                <option value="all">{t('centres.filterAll')}</option>
                {CENTRE_STATUSES.map((each) => (
                  <option key={each} value={each}>
                    {t(CENTRE_STATUS_LABELS[each])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {centres.isPending ? <Loading /> : null}
        {centres.isError ? <AdminError error={centres.error} /> : null}
        {centres.isSuccess ? (
          <>
            <p role="status">{t('centres.shown', { count: shown.length })}</p>
            <div className="table-scroll">
              <table className="admin-table" aria-labelledby={captionId}>
                <caption id={captionId} className="visually-hidden">
                  {t('centres.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('centres.table.name')}</th>
                    <th scope="col">{t('centres.table.city')}</th>
                    <th scope="col">{t('centres.table.status')}</th>
                    <th scope="col">{t('centres.table.id')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((centre) => (
                    <tr key={centre.id}>
                      <th scope="row">
                        <Link to={`/centres/${centre.id}`}>{centre.name}</Link>
                      </th>
                      <td>
                        {centre.city}, {centre.country}
                      </td>
                      <td>
                        <span className={`admin-badge admin-badge-${centre.status}`}>{t(CENTRE_STATUS_LABELS[centre.status])}</span>
                      </td>
                      <td>
                        <code>{centre.id}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
        {centres.hasNextPage ? (
          <div className="admin-actions">
            <button type="button" className="secondary" disabled={centres.isFetchingNextPage} onClick={() => void centres.fetchNextPage()}>
              {t('centres.more')}
            </button>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
