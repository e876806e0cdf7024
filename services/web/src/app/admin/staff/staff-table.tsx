import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGE_NAMES, isLanguage } from '../../i18n/languages';
import { ACCOUNT_STATUS_LABELS, ROLE_LABELS } from './staff-labels';
import type { StaffAccount } from './staff-rules';

/** The centre's accounts: each name opens what a coordinator can change about it. */
export function StaffTable({ accounts, caption }: { accounts: readonly StaffAccount[]; caption: string }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.table.name')}</th>
            <th scope="col">{t('staff.table.email')}</th>
            <th scope="col">{t('staff.table.roles')}</th>
            <th scope="col">{t('staff.table.status')}</th>
            <th scope="col">{t('staff.table.secondFactor')}</th>
            <th scope="col">{t('staff.table.language')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <Link to={`/admin/staff/${account.id}`}>{account.name}</Link>
              </th>
              <td className="admin-nowrap">{account.email}</td>
              <td>{account.roles.map((role) => t(ROLE_LABELS[role])).join(', ')}</td>
              <td>
                <span className={`admin-badge admin-badge-${account.status}`}>{t(ACCOUNT_STATUS_LABELS[account.status])}</span>
              </td>
              <td>{account.secondFactorEnrolled ? t('staff.secondFactor.enrolled') : t('staff.secondFactor.notEnrolled')}</td>
              <td>{isLanguage(account.preferredLanguage) ? LANGUAGE_NAMES[account.preferredLanguage] : account.preferredLanguage}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
