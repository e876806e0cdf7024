import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { fieldErrors, unwrap } from '../../api/problem';
import { AdminError } from '../shared/admin-error';
import { StatusMessage } from '../shared/status-message';
import { RolesFieldset } from './roles-fieldset';
import { leavesNoCoordinator, rolesErrors, type StaffAccount, type StaffRole } from './staff-rules';
import { useAccountChange } from './use-account-change';

/** Changes an account's roles; says beforehand when the centre would be left without an active coordinator. */
export function AccountRoles({ account, accounts }: { account: StaffAccount; accounts: readonly StaffAccount[] }) {
  const { t } = useTranslation('admin');
  const [roles, setRoles] = useState<StaffRole[]>(account.roles);
  const [saved, setSaved] = useState<string | null>(null);
  const change = useAccountChange(
    (body: { roles: StaffRole[] }) => unwrap(api.centre.PUT('/staff/{id}/roles', { params: { path: { id: account.id } }, body })),
    () => setSaved(t('member.roles.saved')),
  );
  const mistake = rolesErrors(roles)['roles'];
  const error = mistake ? t(mistake) : fieldErrors(change.error)['roles'];
  const unchanged = roles.length === account.roles.length && roles.every((role) => account.roles.includes(role));
  const lastCoordinator = leavesNoCoordinator(accounts, account.id, { roles });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (mistake || unchanged) return;
    change.mutate({ roles });
  };

  return (
    <section aria-labelledby="member-roles" className="admin-section">
      <h2 id="member-roles">{t('member.roles.title')}</h2>
      <form onSubmit={submit} noValidate className="admin-form">
        <RolesFieldset legend={t('member.roles.legend', { name: account.name })} roles={roles} onChange={setRoles} error={error} />
        {lastCoordinator ? <p className="admin-warning">{t('member.roles.lastCoordinator')}</p> : null}
        {change.isError ? <AdminError error={change.error} /> : null}
        <div className="admin-actions">
          <button type="submit" disabled={change.isPending || unchanged}>
            {t('member.roles.save')}
          </button>
        </div>
        <StatusMessage>{saved}</StatusMessage>
      </form>
    </section>
  );
}
