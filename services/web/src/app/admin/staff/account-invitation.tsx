import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { AdminError } from '../shared/admin-error';
import { ConfirmAction } from '../shared/confirm-action';
import { OneTimeLink } from '../shared/one-time-link';
import { accountActions, type StaffAccount } from './staff-rules';

/** A new invitation link for someone who has not signed up yet; earlier links stop working. */
export function AccountInvitation({ account }: { account: StaffAccount }) {
  const { t } = useTranslation('admin');
  const reissue = useMutation({ mutationFn: () => unwrap(api.centre.POST('/staff/{id}/invitation', { params: { path: { id: account.id } } })) });
  if (!accountActions(account).reinvite && !reissue.data) return null;
  return (
    <section aria-labelledby="member-invitation" className="admin-section">
      <h2 id="member-invitation">{t('member.invitation.title')}</h2>
      {reissue.data ? (
        <OneTimeLink name={account.name} url={reissue.data.invitation.url} expiresAt={reissue.data.invitation.expiresAt} onDone={() => reissue.reset()} />
      ) : (
        <>
          <p>{t('member.invitation.hint', { name: account.name })}</p>
          <ConfirmAction
            label={t('member.invitation.reissue')}
            question={t('member.invitation.question', { name: account.name })}
            confirmLabel={t('member.invitation.confirm')}
            cancelLabel={t('cancel')}
            pending={reissue.isPending}
            onConfirm={() => reissue.mutate()}
          />
        </>
      )}
      {reissue.isError ? <AdminError error={reissue.error} /> : null}
    </section>
  );
}
