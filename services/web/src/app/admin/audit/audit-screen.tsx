import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import type { components } from '../../api/generated/centre';
import { unwrap } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { useCan } from '../../session/session';
import { Page } from '../../ui/page';
import { AdminNav } from '../admin-nav';
import { AdminError } from '../shared/admin-error';
import { NotAllowed } from '../shared/not-allowed';
import '../admin.css';

type Verification = components['schemas']['AuditTrailVerification'];
type Service = 'intake' | 'case' | 'referral' | 'notification' | 'reporting' | 'centre';

/** Each service keeps its own chained record of who saw or changed what; each checks its chain. */
const VERIFY: Record<Service, () => Promise<Verification>> = {
  intake: () => unwrap(api.intake.GET('/audit-trail/verification')),
  case: () => unwrap(api.case.GET('/audit-trail/verification')),
  referral: () => unwrap(api.referral.GET('/audit-trail/verification')),
  notification: () => unwrap(api.notification.GET('/audit-trail/verification')),
  reporting: () => unwrap(api.reporting.GET('/audit-trail/verification')),
  centre: () => unwrap(api.centre.GET('/audit-trail/verification')),
};
const SERVICES = Object.keys(VERIFY) as Service[];

const SERVICE_LABELS: Record<Service, string> = {
  intake: 'audit.services.intake',
  case: 'audit.services.case',
  referral: 'audit.services.referral',
  notification: 'audit.services.notification',
  reporting: 'audit.services.reporting',
  centre: 'audit.services.centre',
};

const BREAK_LABELS = {
  'hash-mismatch': 'audit.breaks.hashMismatch',
  'broken-link': 'audit.breaks.brokenLink',
  'sequence-gap': 'audit.breaks.sequenceGap',
} as const;

/** /admin/audit: checks that no service's audit trail was altered. */
export function AuditScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('centre', 'GET /audit-trail/verification')) return <NotAllowed title={t('audit.title')} />;
  return <AuditContent />;
}

function AuditContent() {
  const { t } = useTranslation('admin');
  const can = useCan();
  const format = useFormat();
  const [started, setStarted] = useState(false);
  const services = SERVICES.filter((service) => can(service, 'GET /audit-trail/verification'));
  const results = useQueries({
    queries: services.map((service) => ({ queryKey: [service, 'audit-trail', 'verification'], queryFn: VERIFY[service], enabled: started, staleTime: 0 })),
  });
  const running = results.some((result) => result.isFetching);
  const checkedAt = Math.max(0, ...results.map((result) => result.dataUpdatedAt));

  return (
    <Page title={t('audit.title')}>
      <AdminNav />
      <p>{t('audit.intro')}</p>
      <div className="admin-actions">
        <button
          type="button"
          disabled={running}
          onClick={() => {
            if (started) for (const result of results) void result.refetch();
            setStarted(true);
          }}
        >
          {started ? t('audit.again') : t('audit.verify')}
        </button>
      </div>
      <section aria-labelledby="audit-results" className="admin-section">
        <h2 id="audit-results">{t('audit.results')}</h2>
        <p role="status">{running ? t('audit.running') : checkedAt > 0 ? t('audit.checkedAt', { date: format.dateTime(new Date(checkedAt)) }) : t('audit.notYet')}</p>
        {started ? (
          <div className="table-scroll">
            <table className="admin-table">
              <caption className="visually-hidden">{t('audit.results')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.service')}</th>
                  <th scope="col">{t('audit.entries')}</th>
                  <th scope="col">{t('audit.result')}</th>
                </tr>
              </thead>
              <tbody>
                {services.map((service, index) => {
                  const result = results[index];
                  const data = result?.data;
                  return (
                    <tr key={service}>
                      <th scope="row">{t(SERVICE_LABELS[service])}</th>
                      <td>{data ? format.number(data.entries) : ''}</td>
                      <td>
                        {result?.isError ? (
                          <AdminError error={result.error} />
                        ) : !data ? (
                          t('audit.checking')
                        ) : data.verified ? (
                          <span className="admin-badge admin-badge-active">{t('audit.intact')}</span>
                        ) : (
                          <span className="admin-badge admin-badge-archived">
                            {data.firstBrokenLink ? t('audit.broken', { seq: data.firstBrokenLink.seq, reason: t(BREAK_LABELS[data.firstBrokenLink.reason]) }) : t('audit.brokenUnknown')}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
