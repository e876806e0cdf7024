import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { useCan } from '../../session/session';
import { AdminError } from '../shared/admin-error';
import { ConfirmAction } from '../shared/confirm-action';
import { StatusMessage } from '../shared/status-message';
import { accountActions, leavesNoCoordinator, type StaffAccount } from './staff-rules';
import { useAccountChange } from './use-account-change';

/** Deactivating an account (its holder can no longer sign in) and reactivating it. */
export function AccountAccess({ account, accounts }: { account: StaffAccount; accounts: readonly StaffAccount[] }) {
  const { t } = useTranslation('admin');
  const can = useCan();
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const path = { params: { path: { id: account.id } } };
  const change = useAccountChange(
    (kind: 'deactivate' | 'reactivate') =>
      unwrap(kind === 'deactivate' ? api.centre.POST('/staff/{id}/deactivate', path) : api.centre.POST('/staff/{id}/reactivate', path)),
    (after) => {
      setDone(after.status === 'deactivated' ? t('member.access.deactivated', { name: after.name }) : t('member.access.reactivated', { name: after.name }));
      // The button pressed is gone: focus stays in this section.
      heading.current?.focus();
    },
  );
  const actions = accountActions(account);
  const canDeactivate = actions.deactivate && can('centre', 'POST /staff/:id/deactivate');
  const canReactivate = actions.reactivate && can('centre', 'POST /staff/:id/reactivate');
  if (!canDeactivate && !canReactivate && !done) return null;

  return (
    <section aria-labelledby="member-access" className="admin-section">
      <h2 id="member-access" ref={heading} tabIndex={-1}>
        {t('member.access.title')}
      </h2>
      {canDeactivate ? (
        <>
          <p>{t('member.access.deactivateHint')}</p>
          {leavesNoCoordinator(accounts, account.id, { status: 'deactivated' }) ? <p className="admin-warning">{t('member.access.lastCoordinator')}</p> : null}
          <ConfirmAction
            label={t('member.access.deactivate')}
            question={t('member.access.deactivateQuestion', { name: account.name })}
            confirmLabel={t('member.access.deactivateConfirm')}
            cancelLabel={t('cancel')}
            danger
            pending={change.isPending}
            onConfirm={() => {
              setDone(null);
              change.mutate('deactivate');
            }}
          />
        </>
      ) : null}
      {canReactivate ? (
        <>
          <p>{t('member.access.reactivateHint')}</p>
          <div className="admin-actions">
            <button
              type="button"
              className="secondary"
              disabled={change.isPending}
              onClick={() => {
                setDone(null);
                change.mutate('reactivate');
              }}
            >
              {t('member.access.reactivate')}
            </button>
          </div>
        </>
      ) : null}
      {change.isError ? <AdminError error={change.error} /> : null}
      <StatusMessage>{done}</StatusMessage>
    </section>
  );
}
