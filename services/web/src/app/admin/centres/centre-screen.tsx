import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { useCan } from '../../session/session';
import { Page } from '../../ui/page';
import { Loading } from '../../ui/query-state';
import { AdminError } from '../shared/admin-error';
import { languageName } from '../shared/language-name';
import { NotAllowed } from '../shared/not-allowed';
import { CENTRE_SERVICE_LABELS, CENTRE_STATUS_LABELS } from './centre-labels';
import { CentreStatusActions } from './centre-status-actions';
import { CENTRES_KEY } from './centres-screen';
import { FirstCoordinator } from './first-coordinator';
import '../admin.css';

/** /centres/:centreId: one centre of the operator's network: what it is, its status, its first coordinator. */
export function CentreScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('centre', 'GET /centres/:id')) return <NotAllowed title={t('centre.title')} />;
  return <CentreContent />;
}

function CentreContent() {
  const { t, i18n } = useTranslation('admin');
  const { centreId = '' } = useParams();
  const format = useFormat();
  const can = useCan();
  const centre = useQuery({ queryKey: [...CENTRES_KEY, centreId], queryFn: () => unwrap(api.centre.GET('/centres/{id}', { params: { path: { id: centreId } } })) });
  const back = (
    <p>
      <Link to="/centres">{t('centre.back')}</Link>
    </p>
  );
  if (!centre.data) {
    return (
      <Page title={t('centre.title')}>
        {back}
        {centre.isPending ? <Loading /> : <AdminError error={centre.error} />}
      </Page>
    );
  }
  const data = centre.data;
  return (
    <Page title={data.name}>
      {back}
      <section aria-labelledby="centre-facts" className="admin-section">
        <h2 id="centre-facts">{t('centre.facts')}</h2>
        <dl className="admin-facts">
          <div>
            <dt>{t('centres.table.status')}</dt>
            <dd>
              <span className={`admin-badge admin-badge-${data.status}`}>{t(CENTRE_STATUS_LABELS[data.status])}</span>
            </dd>
          </div>
          <div>
            <dt>{t('centres.table.id')}</dt>
            <dd>
              <code>{data.id}</code>
            </dd>
          </div>
          <div>
            <dt>{t('centres.table.city')}</dt>
            <dd>
              {data.city}, {data.country}
            </dd>
          </div>
          <div>
            <dt>{t('centre.timeZone')}</dt>
            <dd>{data.timeZone}</dd>
          </div>
          <div>
            <dt>{t('centre.languages')}</dt>
            <dd>{data.languages.map((language) => languageName(language, i18n.language)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('centre.offered')}</dt>
            <dd>{data.services.map((service) => t(CENTRE_SERVICE_LABELS[service])).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('centre.networks')}</dt>
            <dd>{data.networks.join(', ')}</dd>
          </div>
          <div>
            <dt>{t('centre.secondFactor')}</dt>
            <dd>{data.security.requireSecondFactor ? t('centre.secondFactorRequired') : t('centre.secondFactorOptional')}</dd>
          </div>
          {data.contact.email || data.contact.phone || data.contact.address ? (
            <div>
              <dt>{t('centre.contact')}</dt>
              <dd>{[data.contact.address, data.contact.phone, data.contact.email].filter(Boolean).join(' · ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('centre.updated')}</dt>
            <dd>{t('centre.updatedValue', { date: format.dateTime(data.updatedAt), version: data.configVersion })}</dd>
          </div>
          {data.dataDestroyedAt ? (
            <div>
              <dt>{t('centre.dataDestroyed')}</dt>
              <dd>{format.dateTime(data.dataDestroyedAt)}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <CentreStatusActions centre={data} />
      {can('centre', 'PUT /centres/:id/coordinator') || can('centre', 'POST /centres/:id/coordinator/invitation') ? <FirstCoordinator centre={data} /> : null}
    </Page>
  );
}
