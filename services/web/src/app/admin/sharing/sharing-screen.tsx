import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCan } from '../../session/session';
import { Page } from '../../ui/page';
import { Loading } from '../../ui/query-state';
import { AdminNav } from '../admin-nav';
import { AdminError } from '../shared/admin-error';
import { NotAllowed } from '../shared/not-allowed';
import { StatusMessage } from '../shared/status-message';
import { AgreementCard } from './agreement-card';
import { useAgreements } from './sharing-queries';
import '../admin.css';

/** /admin/sharing: what the centre shares with each of its networks, and revoking it. */
export function SharingScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('reporting', 'GET /sharing-agreements')) return <NotAllowed title={t('sharing.title')} />;
  return <SharingContent />;
}

/** What the form left in the navigation state after recording: the network's id, nothing personal. */
function recordedNetwork(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'recorded' in state && typeof state.recorded === 'string' ? state.recorded : null;
}

function SharingContent() {
  const { t } = useTranslation('admin');
  const can = useCan();
  const location = useLocation();
  const agreements = useAgreements();
  const recorded = recordedNetwork(location.state);
  const [revoked, setRevoked] = useState<string | null>(null);
  const items = agreements.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('sharing.title')}>
      <AdminNav />
      <p>{t('sharing.intro')}</p>
      {can('reporting', 'POST /sharing-agreements') ? (
        <p>
          <Link to="/admin/sharing/new" className="button">
            {t('sharing.new')}
          </Link>
        </p>
      ) : null}
      <StatusMessage>{revoked ? t('sharing.revoke.done', { network: revoked }) : recorded ? t('sharing.recorded', { network: recorded }) : null}</StatusMessage>
      <section aria-labelledby="sharing-list" className="admin-section">
        <h2 id="sharing-list">{t('sharing.list')}</h2>
        {agreements.isPending ? <Loading /> : null}
        {agreements.isError ? <AdminError error={agreements.error} /> : null}
        {agreements.isSuccess && items.length === 0 ? <p>{t('sharing.none')}</p> : null}
        <div className="admin-cards">
          {items.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} onRevoked={setRevoked} />
          ))}
        </div>
        {agreements.hasNextPage ? (
          <div className="admin-actions">
            <button type="button" className="secondary" disabled={agreements.isFetchingNextPage} onClick={() => void agreements.fetchNextPage()}>
              {t('sharing.more')}
            </button>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
