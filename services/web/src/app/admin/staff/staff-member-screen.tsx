import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../i18n/format';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/languages';
import { useCan } from '../../session/session';
import { Page } from '../../ui/page';
import { Loading } from '../../ui/query-state';
import { AdminNav } from '../admin-nav';
import { AdminError } from '../shared/admin-error';
import { NotAllowed } from '../shared/not-allowed';
import { AccountAccess } from './account-access';
import { AccountInvitation } from './account-invitation';
import { AccountRoles } from './account-roles';
import { AccountSecondFactor } from './account-second-factor';
import { ACCOUNT_STATUS_LABELS, ROLE_LABELS } from './staff-labels';
import { useStaff } from './staff-queries';
import '../admin.css';

/** /admin/staff/:staffId: one account: its roles, access, invitation link and second factor. */
export function StaffMemberScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  if (!can('centre', 'GET /staff')) return <NotAllowed title={t('member.title')} />;
  return <StaffMemberContent />;
}

function StaffMemberContent() {
  const { t } = useTranslation('admin');
  const { staffId } = useParams();
  const format = useFormat();
  const can = useCan();
  const staff = useStaff();
  const account = staff.data?.find((each) => each.id === staffId);
  const back = (
    <p>
      <Link to="/admin/staff">{t('member.back')}</Link>
    </p>
  );

  if (staff.isPending || staff.isError || !account) {
    return (
      <Page title={t('member.title')}>
        <AdminNav />
        {back}
        {staff.isPending ? <Loading /> : staff.isError ? <AdminError error={staff.error} /> : <p role="alert" className="error-message">{t('codes.staffNotFound')}</p>}
      </Page>
    );
  }

  return (
    <Page title={account.name}>
      <AdminNav />
      {back}
      <dl className="admin-facts">
        <div>
          <dt>{t('staff.table.email')}</dt>
          <dd className="admin-break">{account.email}</dd>
        </div>
        <div>
          <dt>{t('staff.table.status')}</dt>
          <dd>{t(ACCOUNT_STATUS_LABELS[account.status])}</dd>
        </div>
        <div>
          <dt>{t('staff.table.roles')}</dt>
          <dd>{account.roles.map((role) => t(ROLE_LABELS[role])).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('staff.table.language')}</dt>
          <dd>{isLanguage(account.preferredLanguage) ? LANGUAGE_NAMES[account.preferredLanguage] : account.preferredLanguage}</dd>
        </div>
        <div>
          <dt>{t('member.since')}</dt>
          <dd>{format.date(account.createdAt)}</dd>
        </div>
      </dl>
      {can('centre', 'PUT /staff/:id/roles') ? <AccountRoles account={account} accounts={staff.data} /> : null}
      <AccountAccess account={account} accounts={staff.data} />
      {can('centre', 'POST /staff/:id/invitation') ? <AccountInvitation account={account} /> : null}
      {can('centre', 'POST /staff/:id/second-factor/reset') ? <AccountSecondFactor account={account} /> : null}
    </Page>
  );
}
