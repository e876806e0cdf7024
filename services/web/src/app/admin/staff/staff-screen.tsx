import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/session';
import { Page } from '../../ui/page';
import { Loading } from '../../ui/query-state';
import { AdminNav } from '../admin-nav';
import { AdminError } from '../shared/admin-error';
import { NotAllowed } from '../shared/not-allowed';
import { InviteForm } from './invite-form';
import { useStaff } from './staff-queries';
import { StaffTable } from './staff-table';
import '../admin.css';

/** /admin/staff: the centre's accounts, and inviting someone. */
export function StaffScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('centre', 'GET /staff')) return <NotAllowed title={t('staff.title')} />;
  return <StaffContent />;
}

function StaffContent() {
  const { t } = useTranslation('admin');
  const can = useCan();
  const staff = useStaff();
  return (
    <Page title={t('staff.title')}>
      <AdminNav />
      <section aria-labelledby="staff-list" className="admin-section">
        <h2 id="staff-list">{staff.data ? t('staff.listCount', { count: staff.data.length }) : t('staff.list')}</h2>
        {staff.isPending ? <Loading /> : staff.isError ? <AdminError error={staff.error} /> : <StaffTable accounts={staff.data} caption={t('staff.list')} />}
      </section>
      {can('centre', 'POST /staff/invitations') ? (
        <section aria-labelledby="staff-invite" className="admin-section">
          <h2 id="staff-invite">{t('staff.invite.title')}</h2>
          <p>{t('staff.invite.intro')}</p>
          <InviteForm />
        </section>
      ) : null}
    </Page>
  );
}
