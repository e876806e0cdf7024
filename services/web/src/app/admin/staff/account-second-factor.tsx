import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { AdminError } from '../shared/admin-error';
import { ConfirmAction } from '../shared/confirm-action';
import { StatusMessage } from '../shared/status-message';
import { accountActions, type StaffAccount } from './staff-rules';
import { useAccountChange } from './use-account-change';

/** Forgets a lost authenticator: its holder enrols a new one at their next sign-in. */
export function AccountSecondFactor({ account }: { account: StaffAccount }) {
  const { t } = useTranslation('admin');
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reset = useAccountChange(
    () => unwrap(api.centre.POST('/staff/{id}/second-factor/reset', { params: { path: { id: account.id } } })),
    (after) => {
      setDone(t('member.secondFactor.reset', { name: after.name }));
      // The button pressed is gone: focus stays in this section.
      heading.current?.focus();
    },
  );
  const enrolled = accountActions(account).resetSecondFactor;
  return (
    <section aria-labelledby="member-second-factor" className="admin-section">
      <h2 id="member-second-factor" ref={heading} tabIndex={-1}>
        {t('member.secondFactor.title')}
      </h2>
      <p>{account.secondFactorEnrolled ? t('member.secondFactor.enrolled', { name: account.name }) : t('member.secondFactor.notEnrolled', { name: account.name })}</p>
      {enrolled ? (
        <ConfirmAction
          label={t('member.secondFactor.resetButton')}
          question={t('member.secondFactor.question', { name: account.name })}
          confirmLabel={t('member.secondFactor.confirm')}
          cancelLabel={t('cancel')}
          danger
          pending={reset.isPending}
          onConfirm={() => {
            setDone(null);
            reset.mutate(undefined);
          }}
        />
      ) : null}
      {reset.isError ? <AdminError error={reset.error} /> : null}
      <StatusMessage>{done}</StatusMessage>
    </section>
  );
}
