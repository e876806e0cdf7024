import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useSession } from '../../session/session';
import { Page } from '../../ui/page';
import { Loading } from '../../ui/query-state';
import { AdminNav } from '../admin-nav';
import { AdminError } from '../shared/admin-error';
import { NotAllowed } from '../shared/not-allowed';
import { AgreementForm } from './agreement-form-view';
import { useActiveAgreements, useAgreements } from './sharing-queries';
import '../admin.css';

/** The centre's networks, when the session says them (a newer server does); null otherwise. */
function centreNetworks(centre: unknown): string[] | null {
  if (typeof centre !== 'object' || centre === null || !('networks' in centre) || !Array.isArray(centre.networks)) return null;
  return centre.networks.filter((network): network is string => typeof network === 'string');
}

/** /admin/sharing/new: records what the centre shares with one of its networks. */
export function NewAgreementScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('reporting', 'POST /sharing-agreements')) return <NotAllowed title={t('sharing.form.title')} />;
  return <NewAgreementContent />;
}

function NewAgreementContent() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const active = useActiveAgreements();
  const all = useAgreements();
  const seen = [...new Set((all.data?.pages ?? []).flatMap((page) => page.items.map((agreement) => agreement.network)))];
  return (
    <Page title={t('sharing.form.title')}>
      <AdminNav />
      <p>
        <Link to="/admin/sharing">{t('sharing.form.back')}</Link>
      </p>
      <p>{t('sharing.form.intro')}</p>
      {active.isPending ? <Loading /> : null}
      {active.isError ? <AdminError error={active.error} /> : null}
      {active.data ? <AgreementForm active={active.data} networks={centreNetworks(session.centre)} seen={seen} /> : null}
    </Page>
  );
}
